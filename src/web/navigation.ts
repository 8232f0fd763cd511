import type { Role } from '../contract/common';

export type NavItem = {
  to: string;
  /** i18n key of the label */
  label: string;
  /** i18n key of a one-line description shown on the home page */
  description?: string;
  roles?: readonly Role[];
};

/** The modules that exist. Home and the menu show only these: nothing that does not work yet. */
export const modules: NavItem[] = [
  { to: '/wegwijzer', label: 'nav.wegwijzer', description: 'nav.wegwijzerDescription' },
  { to: '/check', label: 'nav.check', description: 'nav.checkDescription' },
  {
    to: '/huishoudens',
    label: 'nav.huishoudens',
    description: 'nav.huishoudensDescription',
    roles: ['sociaal_werker', 'teamleider'],
  },
  {
    to: '/overdrachten',
    label: 'overdracht.nav',
    description: 'overdracht.navDescription',
    roles: ['sociaal_werker', 'teamleider'],
  },
  { to: '/kaarten', label: 'kaarten.nav', description: 'kaarten.navDescription' },
  { to: '/leren', label: 'leren.nav', description: 'leren.navDescription' },
  {
    to: '/team/ervaringsdeskundigen',
    label: 'ervaringsdeskundigen.nav',
    description: 'ervaringsdeskundigen.navDescription',
    roles: ['sociaal_werker', 'teamleider', 'beheerder'],
  },
  {
    to: '/levensgebeurtenissen',
    label: 'levensgebeurtenissen.nav',
    description: 'levensgebeurtenissen.navDescription',
  },
  { to: '/wijksignalen', label: 'wijksignalen.nav', description: 'wijksignalen.navDescription' },
  { to: '/quickscan', label: 'quickscan.nav', description: 'quickscan.navDescription' },
  {
    to: '/signalen',
    label: 'signalen.nav',
    description: 'signalen.navDescription',
    roles: ['vroegsignalering'],
  },
  {
    to: '/rapportage/team',
    label: 'rapportage.nav.team',
    description: 'rapportage.nav.teamDescription',
    roles: ['teamleider'],
  },
  {
    to: '/rapportage/resultaten',
    label: 'rapportage.nav.outcomes',
    description: 'rapportage.nav.outcomesDescription',
    roles: ['teamleider', 'beleidsmedewerker'],
  },
  {
    to: '/rapportage/gemeente',
    label: 'rapportage.nav.municipal',
    description: 'rapportage.nav.municipalDescription',
    roles: ['beleidsmedewerker'],
  },
  {
    to: '/rapportage/kompas',
    label: 'rapportage.kompas.nav',
    description: 'rapportage.kompas.navDescription',
    roles: ['beleidsmedewerker', 'teamleider'],
  },
  {
    to: '/rapportage/aanbod',
    label: 'aanbod.nav',
    description: 'aanbod.navDescription',
    roles: ['teamleider', 'beleidsmedewerker'],
  },
  {
    to: '/quickscan/team',
    label: 'quickscan.groups.nav',
    description: 'quickscan.groups.navDescription',
    roles: ['teamleider', 'beleidsmedewerker'],
  },
];

export const adminItems: NavItem[] = [
  { to: '/beheer/accounts', label: 'nav.accounts', roles: ['beheerder'] },
  { to: '/beheer/teams', label: 'nav.teams', roles: ['beheerder'] },
  { to: '/beheer/organisatie', label: 'nav.organisation', roles: ['beheerder'] },
  { to: '/beheer/toegangslog', label: 'nav.audit', roles: ['beheerder'] },
  { to: '/beheer/regelingen', label: 'check.beheer.nav', roles: ['beheerder'] },
  { to: '/beheer/rekenregels', label: 'check.rules.nav', roles: ['beheerder'] },
];

export const allowed = (item: NavItem, role: Role) => !item.roles || item.roles.includes(role);
