import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './status';

describe('the statuses of a warme overdracht', () => {
  it('lets the receiving team accept or decline a sent referral, then start and complete it', () => {
    expect(transition('verstuurd', 'accept', 'receiver')).toEqual({ ok: true, to: 'geaccepteerd' });
    expect(transition('verstuurd', 'reject', 'receiver')).toEqual({ ok: true, to: 'afgewezen' });
    expect(transition('geaccepteerd', 'start', 'receiver')).toEqual({ ok: true, to: 'gestart' });
    expect(transition('gestart', 'complete', 'receiver')).toEqual({ ok: true, to: 'afgerond' });
  });

  it('lets only the sender withdraw, and only while the referral is running', () => {
    for (const open of ['verstuurd', 'geaccepteerd', 'gestart'] as const)
      expect(transition(open, 'withdraw', 'sender')).toEqual({ ok: true, to: 'ingetrokken' });
    expect(transition('verstuurd', 'withdraw', 'receiver')).toEqual({
      ok: false,
      refusal: 'wrong_side',
    });
    for (const closed of ['afgewezen', 'afgerond', 'ingetrokken'] as const)
      expect(transition(closed, 'withdraw', 'sender')).toEqual({ ok: false, refusal: 'not_now' });
  });

  it('refuses the sender the receiving team’s answers, and skipping or repeating a step', () => {
    expect(transition('verstuurd', 'accept', 'sender')).toEqual({
      ok: false,
      refusal: 'wrong_side',
    });
    expect(transition('verstuurd', 'start', 'receiver')).toEqual({ ok: false, refusal: 'not_now' });
    expect(transition('geaccepteerd', 'accept', 'receiver')).toEqual({
      ok: false,
      refusal: 'not_now',
    });
    expect(transition('afgewezen', 'accept', 'receiver')).toEqual({
      ok: false,
      refusal: 'not_now',
    });
  });

  it('offers each side exactly the buttons it may press now', () => {
    expect(availableActions('verstuurd', 'receiver')).toEqual(['accept', 'reject']);
    expect(availableActions('verstuurd', 'sender')).toEqual(['withdraw']);
    expect(availableActions('gestart', 'receiver')).toEqual(['complete']);
    expect(availableActions('afgerond', 'sender')).toEqual([]);
  });
});
