import { describe, expect, it } from 'vitest';
import { checkNewDecision, checkRevision, type DecisionState } from './decisions';

const codes = (problems: { field: string; code: string }[]) =>
  problems.map((p) => `${p.field}:${p.code}`);

describe('a first decision about the offer', () => {
  it('needs a reason that is more than spaces', () => {
    expect(
      codes(
        checkNewDecision({ kind: 'policy', decision: 'toevoegen', reason: '  ', inUse: false }),
      ),
    ).toEqual(['reason:reasonRequired']);
  });

  it('adds only what is not in use, and continues, strengthens or stops only what is', () => {
    const check = (decision: 'toevoegen' | 'doorgaan' | 'stoppen', inUse: boolean) =>
      codes(checkNewDecision({ kind: 'intervention', decision, reason: 'Gesprek team', inUse }));
    expect(check('toevoegen', false)).toEqual([]);
    expect(check('doorgaan', true)).toEqual([]);
    expect(check('stoppen', true)).toEqual([]);
    expect(check('toevoegen', true)).toEqual(['decision:alreadyInUse']);
    expect(check('doorgaan', false)).toEqual(['decision:notInUse']);
  });

  it('lets a gemeente choose any decision for a policy option', () => {
    for (const decision of ['toevoegen', 'doorgaan', 'versterken', 'stoppen'] as const)
      expect(checkNewDecision({ kind: 'policy', decision, reason: 'Raad', inUse: false })).toEqual(
        [],
      );
  });
});

describe('tracking a decision', () => {
  const decided: DecisionState = {
    decision: 'versterken',
    reason: 'Meer bereik',
    status: 'besloten',
  };

  it('moves forward from decided to being carried out to done', () => {
    expect(checkRevision(decided, { ...decided, status: 'in-uitvoering' })).toEqual([]);
    expect(
      checkRevision({ ...decided, status: 'in-uitvoering' }, { ...decided, status: 'gedaan' }),
    ).toEqual([]);
  });

  it('does not move back from done to being carried out', () => {
    expect(
      codes(
        checkRevision({ ...decided, status: 'gedaan' }, { ...decided, status: 'in-uitvoering' }),
      ),
    ).toEqual(['status:statusBackwards']);
  });

  it('marks a changed decision as reconsidered', () => {
    const stop = { ...decided, decision: 'stoppen' as const, reason: 'Geen bereik' };
    expect(codes(checkRevision(decided, { ...stop, status: 'besloten' }))).toEqual([
      'status:changedMeansRevised',
    ]);
    expect(checkRevision({ ...decided, status: 'gedaan' }, { ...stop, status: 'herzien' })).toEqual(
      [],
    );
  });

  it('reconsiders only with a new decision or a new reason', () => {
    expect(codes(checkRevision(decided, { ...decided, status: 'herzien' }))).toEqual([
      'reason:revisedNeedsChange',
    ]);
    expect(
      checkRevision(decided, { ...decided, reason: 'Minder geld', status: 'herzien' }),
    ).toEqual([]);
  });

  it('moves forward again after a reconsideration', () => {
    const revised = { ...decided, status: 'herzien' as const };
    expect(checkRevision(revised, { ...revised, status: 'in-uitvoering' })).toEqual([]);
    expect(codes(checkRevision(revised, { ...revised, status: 'besloten' }))).toEqual([
      'status:statusBackwards',
    ]);
  });
});
