import { describe, expect, it } from 'vitest';
import { actionLabel, AUDIT_ACTIONS, LEGACY_ACTIONS } from './audit-actions';
import { catalogue } from './messages/catalogue';

// A beheerder reads the access log in words, in their language: every action has a label.
describe('access-log action labels', () => {
  it('every action a route can log has a Dutch and an English label', () => {
    expect(AUDIT_ACTIONS.filter((a) => !catalogue().has(`auditAction.${a}`))).toEqual([]);
  });

  it('an action stored under its old name reads as the new one', () => {
    expect(LEGACY_ACTIONS['users.created']).toBe('user.create');
    expect(actionLabel('users.created')).toEqual({
      nl: 'Gebruiker aangemaakt',
      en: 'User created',
    });
  });

  it('an action the vocabulary does not know shows as it is stored', () => {
    expect(actionLabel('something.odd')).toEqual({ nl: 'something.odd', en: 'something.odd' });
  });
});
