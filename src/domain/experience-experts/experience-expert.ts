// The register of experience experts (ervaringsdeskundigen, issue 13 item 5, ADR 1305): people
// with lived experience of poverty who work with a team. They are not Wegwijs users; the register
// holds only what a colleague needs to ask them, and only while they consent.

/** What an experience expert may take part in. */
export const EXPERT_ROLES = ['co_facilitator', 'co_reader', 'client_panel'] as const;
export type ExpertRole = (typeof EXPERT_ROLES)[number];

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export type Availability = {
  /** Days they can usually come; empty means they did not say. */
  days: Weekday[];
  dayParts: DayPart[];
  /** Not available before this date (ISO), e.g. during a course or a hard period. */
  unavailableUntil: string | null;
};

/** The weekday of an ISO calendar date (no time zone involved). */
export function weekdayOf(isoDate: string): Weekday {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

/** Whether the expert can be asked for something on `day`: not in a pause, and a day they named. */
export function availableOn(availability: Availability, day: string): boolean {
  if (availability.unavailableUntil !== null && day < availability.unavailableUntil) return false;
  return availability.days.length === 0 || availability.days.includes(weekdayOf(day));
}

/** Whether a pause still holds on `day` (the only thing that stops an invitation). */
export function pausedOn(availability: Availability, day: string): boolean {
  return availability.unavailableUntil !== null && day < availability.unavailableUntil;
}

/** The team session or case dialogue someone wants to invite an expert to. */
export type InvitationTarget = { teamId: string; startedBy: string | null };
export type Inviter = { userId: string; role: string; teamIds: string[] };

/** A team leader of the target's team, or whoever started the session or wrote the dialogue. */
export function mayInvite(inviter: Inviter, target: InvitationTarget): boolean {
  if (target.startedBy !== null && target.startedBy === inviter.userId) return true;
  return inviter.role === 'teamleider' && inviter.teamIds.includes(target.teamId);
}

/** Digits of a phone number as written ('06-12 34 56 78', '+31 6 …'). */
export const phoneDigits = (phone: string) => phone.replace(/\D/g, '');

/** A Dutch or international phone number: digits with spaces, dashes, brackets and a leading +. */
export function isPhoneNumber(phone: string): boolean {
  if (!/^\+?[\d\s()-]+$/.test(phone)) return false;
  const digits = phoneDigits(phone).length;
  return digits >= 10 && digits <= 15;
}
