import type { Bilingual } from './problem';

// What each access-log action means, in words a beheerder reads at a glance.
const LABELS: Record<string, Bilingual> = {
  'setup.completed': { nl: 'Wegwijs ingericht', en: 'Wegwijs set up' },
  'auth.login': { nl: 'Inloggen', en: 'Log in' },
  'auth.logout': { nl: 'Uitloggen', en: 'Log out' },
  'auth.locked': {
    nl: 'Account geblokkeerd na mislukte pogingen',
    en: 'Account locked after failed attempts',
  },
  'account.password_changed': { nl: 'Eigen wachtwoord gewijzigd', en: 'Own password changed' },
  'account.password_reset': { nl: 'Nieuw wachtwoord via link', en: 'New password via link' },
  'users.list': { nl: 'Gebruikers bekeken', en: 'Users viewed' },
  'users.created': { nl: 'Gebruiker aangemaakt', en: 'User created' },
  'users.updated': { nl: 'Gebruiker gewijzigd', en: 'User changed' },
  'users.deactivated': { nl: 'Gebruiker gedeactiveerd', en: 'User deactivated' },
  'users.reset_link_created': { nl: 'Wachtwoordlink gemaakt', en: 'Password link created' },
  'teams.created': { nl: 'Team aangemaakt', en: 'Team created' },
  'teams.updated': { nl: 'Team gewijzigd', en: 'Team changed' },
  'organisation.updated': { nl: 'Organisatie gewijzigd', en: 'Organisation changed' },
  'households.list': { nl: 'Lijst van huishoudens bekeken', en: 'List of households viewed' },
  'household.created': { nl: 'Huishouden geregistreerd', en: 'Household registered' },
  'household.read': { nl: 'Huishouden bekeken', en: 'Household viewed' },
  'household.update': { nl: 'Huishouden gewijzigd', en: 'Household changed' },
  'household.updated': { nl: 'Huishouden gewijzigd', en: 'Household changed' },
  'household.access': { nl: 'Toegang tot huishouden', en: 'Access to household' },
  'household.profile_read': { nl: 'Profiel bekeken', en: 'Profile viewed' },
  'household.close': { nl: 'Huishouden afgesloten', en: 'Household closed' },
  'household.reopen': { nl: 'Huishouden heropend', en: 'Household reopened' },
  'household.consent_recorded': { nl: 'Toestemming vastgelegd', en: 'Consent recorded' },
  'household.consent_withdrawn': { nl: 'Toestemming ingetrokken', en: 'Consent withdrawn' },
  'household.exported': { nl: 'Inzage gedownload', en: 'Access export downloaded' },
  'household.erase_requested': { nl: 'Verwijdering gevraagd', en: 'Erasure requested' },
  'household.erased': { nl: 'Huishouden verwijderd', en: 'Household erased' },
  'household.retention_erased': {
    nl: 'Verwijderd na bewaartermijn',
    en: 'Erased after retention period',
  },
  'scan.started': { nl: 'Kapitaalscan begonnen', en: 'Capital scan started' },
  'scan.read': { nl: 'Kapitaalscan bekeken', en: 'Capital scan viewed' },
  'scan.saved': { nl: 'Kapitaalscan opgeslagen', en: 'Capital scan saved' },
  'scan.completed': { nl: 'Kapitaalscan afgerond', en: 'Capital scan completed' },
  'plan.read': { nl: 'Plan bekeken', en: 'Plan viewed' },
  'plan.saved': { nl: 'Plan opgeslagen', en: 'Plan saved' },
  'plan.pdf': { nl: 'Plan als pdf gedownload', en: 'Plan downloaded as PDF' },
  'benefits.gemeente_schemes_saved': {
    nl: 'Gemeentelijke regelingen opgeslagen',
    en: 'Municipal schemes saved',
  },
  'benefits.gemeente_keeper_changed': {
    nl: 'Beheer van gemeentelijke regelingen overgedragen',
    en: 'Keeping of municipal schemes handed over',
  },
  'catalogue.exported': { nl: 'Wegwijzer geëxporteerd', en: 'Catalogue exported' },
  'catalogue.imported': { nl: 'Wegwijzer geïmporteerd', en: 'Catalogue imported' },
  'catalogue.item_created': { nl: 'Interventie toegevoegd', en: 'Intervention added' },
  'catalogue.item_updated': { nl: 'Interventie gewijzigd', en: 'Intervention changed' },
  'catalogue.offer_created': { nl: 'Lokaal aanbod toegevoegd', en: 'Local offer added' },
  'catalogue.offer_updated': { nl: 'Lokaal aanbod gewijzigd', en: 'Local offer changed' },
  'specialists.created': { nl: 'Specialist toegevoegd', en: 'Specialist added' },
  'specialists.updated': { nl: 'Specialist gewijzigd', en: 'Specialist changed' },
  'suggestions.created': { nl: 'Verbetervoorstel gedaan', en: 'Suggestion made' },
};

const STEP: Record<string, Bilingual> = {
  checked: { nl: 'gecontroleerd', en: 'checked' },
  archive: { nl: 'gearchiveerd', en: 'archived' },
  restore: { nl: 'teruggezet', en: 'restored' },
};
const SUBJECT: Record<string, Bilingual> = {
  'catalogue.item': { nl: 'Interventie', en: 'Intervention' },
  'catalogue.offer': { nl: 'Lokaal aanbod', en: 'Local offer' },
  specialists: { nl: 'Specialist', en: 'Specialist' },
};

/** The readable name of an access-log action; an unknown action shows as it is stored. */
export function actionLabel(action: string): Bilingual {
  const known = LABELS[action];
  if (known) return known;
  // Lifecycle steps: catalogue.item_archive, catalogue.offer_checked, specialists.restore.
  const match =
    /^(catalogue\.item|catalogue\.offer|specialists)[._](checked|archive|restore)$/.exec(action);
  const subject = match && SUBJECT[match[1]!];
  const step = match && STEP[match[2]!];
  if (subject && step) return { nl: `${subject.nl} ${step.nl}`, en: `${subject.en} ${step.en}` };
  return { nl: action, en: action };
}
