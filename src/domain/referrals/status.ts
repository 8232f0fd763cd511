// The warme overdracht as a state machine (ADR 1403). Each status means one thing to both sides:
//   verstuurd    sent; the receiving team has not answered yet
//   geaccepteerd the receiving team will help; nothing has happened with the household yet
//   afgewezen    the receiving team will not help (a reason is required)
//   gestart      the receiving team has started working with the household
//   afgerond     the receiving team finished, with an outcome the sender sees
//   ingetrokken  the sender (or the household, by withdrawing consent) called it off

export const REFERRAL_STATUSES = [
  'verstuurd',
  'geaccepteerd',
  'afgewezen',
  'gestart',
  'afgerond',
  'ingetrokken',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = ['accept', 'reject', 'start', 'complete', 'withdraw'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** Which side of the referral a person stands on. */
export type ReferralSide = 'sender' | 'receiver';

/** How a finished referral went, in fixed categories (ADR 1403). */
export const REFERRAL_OUTCOMES = [
  'doel-bereikt',
  'deels-bereikt',
  'niet-bereikt',
  'gestopt-door-huishouden',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

type Move = { from: readonly ReferralStatus[]; to: ReferralStatus; by: ReferralSide };

const MOVES: Record<ReferralAction, Move> = {
  accept: { from: ['verstuurd'], to: 'geaccepteerd', by: 'receiver' },
  reject: { from: ['verstuurd'], to: 'afgewezen', by: 'receiver' },
  start: { from: ['geaccepteerd'], to: 'gestart', by: 'receiver' },
  complete: { from: ['gestart'], to: 'afgerond', by: 'receiver' },
  withdraw: { from: ['verstuurd', 'geaccepteerd', 'gestart'], to: 'ingetrokken', by: 'sender' },
};

/** Statuses in which the referral is still running (open for an answer or for work). */
export const OPEN_STATUSES: readonly ReferralStatus[] = MOVES.withdraw.from;

export type Transition =
  | { ok: true; to: ReferralStatus }
  /** `wrong_side`: this side never takes that action; `not_now`: not from the current status. */
  | { ok: false; refusal: 'wrong_side' | 'not_now' };

/** The status an action leads to, or why it may not be taken now by this side. */
export function transition(
  status: ReferralStatus,
  action: ReferralAction,
  side: ReferralSide,
): Transition {
  const move = MOVES[action];
  if (move.by !== side) return { ok: false, refusal: 'wrong_side' };
  if (!move.from.includes(status)) return { ok: false, refusal: 'not_now' };
  return { ok: true, to: move.to };
}

/** The actions a side may take now: what the referral page offers as buttons. */
export function availableActions(status: ReferralStatus, side: ReferralSide): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((action) => transition(status, action, side).ok);
}
