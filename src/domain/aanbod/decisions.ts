import { message, type Message } from '../message';

// Decisions about the offer per capital (issue 15, item 5): for each intervention or policy option
// a team or gemeente decides to continue, strengthen, add or stop it, always with a reason, and
// then tracks the decision from decided to done. These rules are the same for both sides.

export const OFFER_DECISIONS = ['doorgaan', 'versterken', 'toevoegen', 'stoppen'] as const;
export type OfferDecision = (typeof OFFER_DECISIONS)[number];

export const DECISION_STATUSES = ['besloten', 'in-uitvoering', 'gedaan', 'herzien'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** What a decision is about: a catalogue item (national or local) or a policy option. */
export const SUBJECT_KINDS = ['intervention', 'policy'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const REASON_MAX = 1000;

/**
 * Where a status may go next. Work moves forward (decided, being carried out, done); a decision
 * that is reconsidered becomes 'herzien' and then moves forward again from there.
 */
const NEXT: Record<DecisionStatus, readonly DecisionStatus[]> = {
  besloten: ['besloten', 'in-uitvoering', 'gedaan', 'herzien'],
  'in-uitvoering': ['in-uitvoering', 'gedaan', 'herzien'],
  gedaan: ['gedaan', 'herzien'],
  herzien: ['herzien', 'in-uitvoering', 'gedaan'],
};

export interface DecisionProblem {
  field: string;
  code: string;
  message: Message;
}

export interface DecisionState {
  decision: OfferDecision;
  reason: string;
  status: DecisionStatus;
}

const problem = (field: string, code: string): DecisionProblem => ({
  field,
  code,
  message: message(`aanbod.problem.${code}`),
});

function reasonProblems(reason: string): DecisionProblem[] {
  return reason.trim() === '' ? [problem('reason', 'reasonRequired')] : [];
}

/**
 * A first decision. 'Toevoegen' is for what the organisation does not use yet; the other three
 * are about what it uses. A policy option can be anything: the app cannot see whether a gemeente
 * already has the measure.
 */
export function checkNewDecision(input: {
  kind: SubjectKind;
  decision: OfferDecision;
  reason: string;
  inUse: boolean;
}): DecisionProblem[] {
  const problems = reasonProblems(input.reason);
  if (input.kind === 'intervention') {
    if (input.inUse && input.decision === 'toevoegen')
      problems.push(problem('decision', 'alreadyInUse'));
    if (!input.inUse && input.decision !== 'toevoegen')
      problems.push(problem('decision', 'notInUse'));
  }
  return problems;
}

/**
 * A change to a decision. Changing the decision itself is a reconsideration, so its status is
 * 'herzien'; and 'herzien' needs something reconsidered: a new decision or a new reason.
 */
export function checkRevision(current: DecisionState, next: DecisionState): DecisionProblem[] {
  const problems = reasonProblems(next.reason);
  const decisionChanged = next.decision !== current.decision;
  const reasonChanged = next.reason.trim() !== current.reason.trim();
  if (decisionChanged && next.status !== 'herzien')
    problems.push(problem('status', 'changedMeansRevised'));
  else if (!NEXT[current.status].includes(next.status))
    problems.push(problem('status', 'statusBackwards'));
  else if (
    next.status === 'herzien' &&
    current.status !== 'herzien' &&
    !decisionChanged &&
    !reasonChanged
  )
    problems.push(problem('reason', 'revisedNeedsChange'));
  return problems;
}

/** The statuses a decision in this status may move to (for the form). */
export function nextStatuses(status: DecisionStatus): readonly DecisionStatus[] {
  return NEXT[status];
}
