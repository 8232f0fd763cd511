/** A household's plan holds at most this many referrals and actions (contract/households). */
export const PLAN_MAX_REFERRALS = 30;
export const PLAN_MAX_ACTIONS = 30;
