import type { Bilingual } from './problem';

// The access log's vocabulary: one pattern, `subject.verb` (singular subject, verb in the present),
// each with the words a beheerder reads at a glance. Code can only log an action listed here.
export const AUDIT_ACTIONS = {
  'setup.complete': { nl: 'Wegwijs ingericht', en: 'Wegwijs set up' },
  'auth.login': { nl: 'Inloggen', en: 'Log in' },
  'auth.logout': { nl: 'Uitloggen', en: 'Log out' },
  'auth.lock': {
    nl: 'Account geblokkeerd na mislukte pogingen',
    en: 'Account locked after failed attempts',
  },
  'account.change_password': { nl: 'Eigen wachtwoord gewijzigd', en: 'Own password changed' },
  'account.reset_password': { nl: 'Nieuw wachtwoord via link', en: 'New password via link' },
  'user.list': { nl: 'Gebruikers bekeken', en: 'Users viewed' },
  'user.create': { nl: 'Gebruiker aangemaakt', en: 'User created' },
  'user.update': { nl: 'Gebruiker gewijzigd', en: 'User changed' },
  'user.deactivate': { nl: 'Gebruiker gedeactiveerd', en: 'User deactivated' },
  'user.create_reset_link': { nl: 'Wachtwoordlink gemaakt', en: 'Password link created' },
  'team.create': { nl: 'Team aangemaakt', en: 'Team created' },
  'team.update': { nl: 'Team gewijzigd', en: 'Team changed' },
  'organisation.update': { nl: 'Organisatie gewijzigd', en: 'Organisation changed' },
  'household.list': { nl: 'Lijst van huishoudens bekeken', en: 'List of households viewed' },
  'household.create': { nl: 'Huishouden geregistreerd', en: 'Household registered' },
  'household.read': { nl: 'Huishouden bekeken', en: 'Household viewed' },
  'household.update': { nl: 'Huishouden gewijzigd', en: 'Household changed' },
  'household.access': { nl: 'Toegang tot huishouden', en: 'Access to household' },
  'household.read_profile': { nl: 'Profiel bekeken', en: 'Profile viewed' },
  'household.close': { nl: 'Huishouden afgesloten', en: 'Household closed' },
  'household.reopen': { nl: 'Huishouden heropend', en: 'Household reopened' },
  'household.export': { nl: 'Inzage gedownload', en: 'Access export downloaded' },
  'household.erase': { nl: 'Huishouden verwijderd', en: 'Household erased' },
  'household.erase_after_retention': {
    nl: 'Verwijderd na bewaartermijn',
    en: 'Erased after retention period',
  },
  'consent.record': { nl: 'Toestemming vastgelegd', en: 'Consent recorded' },
  'consent.withdraw': { nl: 'Toestemming ingetrokken', en: 'Consent withdrawn' },
  'scan.start': { nl: 'Kapitaalscan begonnen', en: 'Capital scan started' },
  'scan.read': { nl: 'Kapitaalscan bekeken', en: 'Capital scan viewed' },
  'scan.save': { nl: 'Kapitaalscan opgeslagen', en: 'Capital scan saved' },
  'scan.complete': { nl: 'Kapitaalscan afgerond', en: 'Capital scan completed' },
  'plan.read': { nl: 'Plan bekeken', en: 'Plan viewed' },
  'plan.save': { nl: 'Plan opgeslagen', en: 'Plan saved' },
  'plan.download': { nl: 'Plan als pdf gedownload', en: 'Plan downloaded as PDF' },
  'report.read_team': { nl: 'Teamoverzicht bekeken', en: 'Team dashboard viewed' },
  'report.read_outcomes': { nl: 'Resultaten bekeken', en: 'Outcomes viewed' },
  'report.read_municipal': { nl: 'Gemeenterapportage bekeken', en: 'Municipal report viewed' },
  'report.export_municipal': {
    nl: 'Gemeenterapportage als CSV gedownload',
    en: 'Municipal report downloaded as CSV',
  },
  'gemeente_schemes.save': {
    nl: 'Gemeentelijke regelingen opgeslagen',
    en: 'Municipal schemes saved',
  },
  'gemeente_schemes.hand_over': {
    nl: 'Beheer van gemeentelijke regelingen overgedragen',
    en: 'Keeping of municipal schemes handed over',
  },
  'catalogue.export': { nl: 'Wegwijzer geëxporteerd', en: 'Catalogue exported' },
  'catalogue.import': { nl: 'Wegwijzer geïmporteerd', en: 'Catalogue imported' },
  'intervention.create': { nl: 'Interventie toegevoegd', en: 'Intervention added' },
  'intervention.update': { nl: 'Interventie gewijzigd', en: 'Intervention changed' },
  'intervention.check': { nl: 'Interventie nagekeken', en: 'Intervention checked' },
  'intervention.archive': { nl: 'Interventie gearchiveerd', en: 'Intervention archived' },
  'intervention.restore': { nl: 'Interventie teruggezet', en: 'Intervention restored' },
  'offer.create': { nl: 'Lokaal aanbod toegevoegd', en: 'Local offer added' },
  'offer.update': { nl: 'Lokaal aanbod gewijzigd', en: 'Local offer changed' },
  'offer.check': { nl: 'Lokaal aanbod nagekeken', en: 'Local offer checked' },
  'offer.archive': { nl: 'Lokaal aanbod gearchiveerd', en: 'Local offer archived' },
  'offer.restore': { nl: 'Lokaal aanbod teruggezet', en: 'Local offer restored' },
  'specialist.create': { nl: 'Specialist toegevoegd', en: 'Specialist added' },
  'specialist.update': { nl: 'Specialist gewijzigd', en: 'Specialist changed' },
  'specialist.check': { nl: 'Specialist nagekeken', en: 'Specialist checked' },
  'specialist.archive': { nl: 'Specialist gearchiveerd', en: 'Specialist archived' },
  'specialist.restore': { nl: 'Specialist teruggezet', en: 'Specialist restored' },
  'suggestion.create': { nl: 'Verbetervoorstel gedaan', en: 'Suggestion made' },
  'suggestion.accept': { nl: 'Verbetervoorstel overgenomen', en: 'Suggestion accepted' },
  'suggestion.reject': { nl: 'Verbetervoorstel afgewezen', en: 'Suggestion rejected' },
  'signal.import': { nl: 'Signalen ingelezen', en: 'Signals imported' },
  'signal.import_refused': { nl: 'Signaalbestand geweigerd', en: 'Signal file refused' },
  'signal.list': { nl: 'Werkvoorraad signalen bekeken', en: 'Signal work queue viewed' },
  'signal.read': { nl: 'Signaal bekeken', en: 'Signal viewed' },
  'signal.contact': { nl: 'Contactpoging vastgelegd', en: 'Contact attempt recorded' },
  'signal.outcome': { nl: 'Uitkomst signaal vastgelegd', en: 'Signal outcome recorded' },
  'signal.monitor': { nl: 'Monitor vroegsignalering bekeken', en: 'Early-warning monitor viewed' },
  'signal.erase_after_retention': {
    nl: 'Signaal verwijderd na bewaartermijn',
    en: 'Signal erased after retention period',
  },
} as const satisfies Record<string, Bilingual>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The lifecycle steps of a checked entry, as access-log verbs. */
export const LIFECYCLE_VERB = { checked: 'check', archive: 'archive', restore: 'restore' } as const;
export type EntryVerb = 'create' | 'update' | (typeof LIFECYCLE_VERB)[keyof typeof LIFECYCLE_VERB];

/** The subjects whose whole life is in the vocabulary: those of the versioned entries. */
export type VersionedSubject = {
  [A in AuditAction]: A extends `${infer S}.archive`
    ? `${S}.${EntryVerb}` extends AuditAction
      ? S
      : never
    : never;
}[AuditAction];

/**
 * Names written before this vocabulary (Wegwijs 0.1). The log is append-only, so old rows keep
 * them: they are shown with the new words and found by the new name's filter.
 */
export const LEGACY_ACTIONS: Readonly<Record<string, AuditAction>> = {
  'setup.completed': 'setup.complete',
  'auth.locked': 'auth.lock',
  'account.password_changed': 'account.change_password',
  'account.password_reset': 'account.reset_password',
  'users.list': 'user.list',
  'users.created': 'user.create',
  'users.updated': 'user.update',
  'users.deactivated': 'user.deactivate',
  'users.reset_link_created': 'user.create_reset_link',
  'teams.created': 'team.create',
  'teams.updated': 'team.update',
  'organisation.updated': 'organisation.update',
  'households.list': 'household.list',
  'household.created': 'household.create',
  'household.updated': 'household.update',
  'household.profile_read': 'household.read_profile',
  'household.exported': 'household.export',
  'household.erase_requested': 'household.erase',
  'household.erased': 'household.erase',
  'household.retention_erased': 'household.erase_after_retention',
  'household.consent_recorded': 'consent.record',
  'household.consent_withdrawn': 'consent.withdraw',
  'scan.started': 'scan.start',
  'scan.saved': 'scan.save',
  'scan.completed': 'scan.complete',
  'plan.saved': 'plan.save',
  'plan.pdf': 'plan.download',
  'benefits.gemeente_schemes_saved': 'gemeente_schemes.save',
  'benefits.gemeente_keeper_changed': 'gemeente_schemes.hand_over',
  'catalogue.exported': 'catalogue.export',
  'catalogue.imported': 'catalogue.import',
  'catalogue.item_created': 'intervention.create',
  'catalogue.item_updated': 'intervention.update',
  'catalogue.item_checked': 'intervention.check',
  'catalogue.item_archive': 'intervention.archive',
  'catalogue.item_restore': 'intervention.restore',
  'catalogue.offer_created': 'offer.create',
  'catalogue.offer_updated': 'offer.update',
  'catalogue.offer_checked': 'offer.check',
  'catalogue.offer_archive': 'offer.archive',
  'catalogue.offer_restore': 'offer.restore',
  'specialists.created': 'specialist.create',
  'specialists.updated': 'specialist.update',
  'specialists.checked': 'specialist.check',
  'specialists.archive': 'specialist.archive',
  'specialists.restore': 'specialist.restore',
  'suggestions.created': 'suggestion.create',
  'suggestions.accepted': 'suggestion.accept',
  'suggestions.rejected': 'suggestion.reject',
};

/** Every stored name that means this action: itself and its names from before. */
export function storedNamesOf(action: string): string[] {
  return [
    action,
    ...Object.entries(LEGACY_ACTIONS)
      .filter(([, now]) => now === action)
      .map(([old]) => old),
  ];
}

/** The readable name of an access-log action; an unknown action shows as it is stored. */
export function actionLabel(action: string): Bilingual {
  const current = (LEGACY_ACTIONS[action] ?? action) as AuditAction;
  return AUDIT_ACTIONS[current] ?? { nl: action, en: action };
}
