import type { Bilingual, Capital } from '../assessment/types';

// Target group names as they read mid-sentence ('bedoeld voor eenoudergezinnen'), from
// content/vocabularies.yaml › target_groups. Unknown ids are shown as they are.
export const TARGET_GROUP_NAMES: Readonly<Record<string, Bilingual>> = {
  kinderen: { nl: 'kinderen', en: 'children' },
  jongeren: { nl: 'jongeren', en: 'young people' },
  jongvolwassenen: { nl: 'jongvolwassenen', en: 'young adults' },
  volwassenen: { nl: 'volwassenen', en: 'adults' },
  ouderen: { nl: 'ouderen', en: 'older people' },
  ouders: { nl: 'ouders en opvoeders', en: 'parents and carers' },
  'aanstaande-ouders': { nl: 'aanstaande ouders', en: 'expectant parents' },
  gezinnen: { nl: 'gezinnen met kinderen', en: 'families with children' },
  eenoudergezinnen: { nl: 'eenoudergezinnen', en: 'single-parent families' },
  geldzorgen: { nl: 'mensen met geldzorgen', en: 'people with money worries' },
  schulden: { nl: 'mensen met schulden', en: 'people with debts' },
  'werkende-armen': { nl: 'werkenden met een laag inkomen', en: 'people in low-paid work' },
  uitkering: { nl: 'mensen met een uitkering', en: 'people on benefits' },
  werkzoekenden: { nl: 'werkzoekenden', en: 'job seekers' },
  zzp: { nl: 'zelfstandigen', en: 'self-employed people' },
  migratieachtergrond: {
    nl: 'mensen met een migratieachtergrond',
    en: 'people with a migration background',
  },
  statushouders: { nl: 'statushouders', en: 'refugees with a residence permit' },
  laaggeletterden: { nl: 'mensen die moeite hebben met lezen', en: 'people with low literacy' },
  mantelzorgers: { nl: 'mantelzorgers', en: 'informal carers' },
  studenten: { nl: 'studenten en leerlingen', en: 'students and pupils' },
  huurders: { nl: 'huurders', en: 'tenants' },
  huiseigenaren: { nl: 'huiseigenaren', en: 'home owners' },
  wijkbewoners: { nl: 'wijkbewoners', en: 'neighbourhood residents' },
};

export function targetGroupName(id: string): Bilingual {
  return TARGET_GROUP_NAMES[id] ?? { nl: id, en: id };
}

export interface CapitalLink {
  from: Capital;
  to: Capital;
  /** How a strong `from` can help a weak `to`, in our own words. */
  how: Bilingual;
}

/**
 * How one capital can lift another, after the interplay links in the shared fact base
 * (capitals.yaml › interplay.links, sources 001 and 003). Used to explain combinations.
 */
export const CAPITAL_LINKS: readonly CapitalLink[] = [
  {
    from: 'economisch',
    to: 'mentaal',
    how: {
      nl: 'Minder geldzorgen en meer overzicht geven minder stress.',
      en: 'Fewer money worries and more overview mean less stress.',
    },
  },
  {
    from: 'economisch',
    to: 'pedagogisch',
    how: {
      nl: 'Rust over geld geeft ook meer rust bij het opvoeden.',
      en: 'Calm about money also brings calm to parenting.',
    },
  },
  {
    from: 'economisch',
    to: 'cultureel',
    how: {
      nl: 'Met wat geld is er ruimte voor opleiding, sport en cultuur.',
      en: 'Some money makes room for education, sport and culture.',
    },
  },
  {
    from: 'economisch',
    to: 'sociaal',
    how: {
      nl: 'Met wat geld kan het gezin weer meedoen met clubs en uitjes.',
      en: 'Some money lets the family join clubs and outings again.',
    },
  },
  {
    from: 'sociaal',
    to: 'mentaal',
    how: {
      nl: 'Contact met anderen vermindert stress.',
      en: 'Contact with others reduces stress.',
    },
  },
  {
    from: 'sociaal',
    to: 'pedagogisch',
    how: {
      nl: 'Mensen om je heen kunnen helpen bij het opvoeden.',
      en: 'People around you can help with raising children.',
    },
  },
  {
    from: 'sociaal',
    to: 'economisch',
    how: {
      nl: 'Via de juiste contacten vind je makkelijker een stage of werk, en praat je makkelijker over geld.',
      en: 'The right contacts make it easier to find work and to talk about money.',
    },
  },
  {
    from: 'mentaal',
    to: 'sociaal',
    how: {
      nl: 'Wie zich sterker voelt, zoekt makkelijker anderen op.',
      en: 'Feeling stronger makes it easier to reach out to others.',
    },
  },
  {
    from: 'mentaal',
    to: 'pedagogisch',
    how: {
      nl: 'Minder stress bij ouders is goed voor de kinderen.',
      en: 'Less stress for parents is good for the children.',
    },
  },
  {
    from: 'cultureel',
    to: 'sociaal',
    how: {
      nl: 'Weten hoe het in een groep gaat, helpt om mee te doen in nieuwe groepen.',
      en: 'Knowing how groups work helps to join new ones.',
    },
  },
  {
    from: 'cultureel',
    to: 'economisch',
    how: {
      nl: 'Opleiding en vaardigheden vergroten de kans op werk en inkomen.',
      en: 'Education and skills improve the chance of work and income.',
    },
  },
];
