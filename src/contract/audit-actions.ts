import { message } from '../domain/message';
import { catalogue } from './messages/catalogue';
import type { Bilingual } from './problem';

// The access log's vocabulary: one pattern, `subject.verb` (singular subject, verb in the present),
// each with the words a beheerder reads at a glance (`auditAction.<action>` in the message catalogue).
// Code can only log an action listed here.
export const AUDIT_ACTIONS = [
  'setup.complete',
  'auth.login',
  'auth.logout',
  'auth.lock',
  'account.change_password',
  'account.reset_password',
  'user.list',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.create_reset_link',
  'team.create',
  'team.update',
  'organisation.update',
  'household.list',
  'household.create',
  'household.read',
  'household.update',
  'household.access',
  'household.read_profile',
  'household.close',
  'household.reopen',
  'household.export',
  'household.erase',
  'household.erase_after_retention',
  'consent.record',
  'consent.withdraw',
  'scan.start',
  'scan.read',
  'scan.save',
  'scan.complete',
  'plan.read',
  'plan.save',
  'plan.download',
  'drawing.list',
  'drawing.save',
  'drawing.delete',
  'case_dialogue.list',
  'case_dialogue.read',
  'case_dialogue.create',
  'plan.add_life_event',
  'gemeente_schemes.save',
  'gemeente_schemes.hand_over',
  'catalogue.export',
  'catalogue.import',
  'intervention.create',
  'intervention.update',
  'intervention.check',
  'intervention.archive',
  'intervention.restore',
  'offer.create',
  'offer.update',
  'offer.check',
  'offer.archive',
  'offer.restore',
  'specialist.create',
  'specialist.update',
  'specialist.check',
  'specialist.archive',
  'specialist.restore',
  'suggestion.create',
  'suggestion.accept',
  'suggestion.reject',
  'report.read_team',
  'report.read_outcomes',
  'report.read_municipal',
  'report.export_municipal',
  'kompas.create',
  'kompas.update',
  'kompas.print',
  'signal.import',
  'signal.import_refused',
  'signal.list',
  'signal.read',
  'signal.contact',
  'signal.outcome',
  'signal.monitor',
  'signal.handover',
  'signal.handover_targets',
  'signal.erase_after_retention',
  'team_session.start',
  'team_session.join',
  'team_session.reveal',
  'team_session.close',
  'experience_expert.list',
  'experience_expert.read',
  'experience_expert.create',
  'experience_expert.update',
  'experience_expert.erase',
  'experience_expert.invite',
  'experience_expert.list_invitations',
  'household_signal.list',
  'household_signal.record',
  'advice_question.ask',
  'advice_question.list',
  'advice_question.answer',
  'aanbod.read',
  'aanbod.decide',
  'aanbod.update',
  'referral.targets',
  'referral.send',
  'referral.list',
  'referral.read',
  'referral.accept',
  'referral.reject',
  'referral.start',
  'referral.complete',
  'referral.withdraw',
  'referral.withdraw_consent',
  'signal.threat',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
  const key = `auditAction.${LEGACY_ACTIONS[action] ?? action}`;
  return catalogue().has(key) ? catalogue().bilingual(message(key)) : { nl: action, en: action };
}
