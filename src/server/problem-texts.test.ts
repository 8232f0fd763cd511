import { describe, expect, it } from 'vitest';
import type { LocalInterventionBody } from '../contract/catalogue';
import type { Vocabularies } from '../contract/content';
import { messages } from '../content/message-files';
import { message } from '../domain/message';
import { passwordProblem } from './auth/passwords';
import { vocabularyErrors } from './catalogue/vocabulary-check';

// Problem texts the server wrote inline before the one catalogue (ADR 0006): each reads in English
// for an English reader, with its values in place.

const english = (key: string, values?: Record<string, string | number>) =>
  messages.text('en', message(key, values));

describe('problem texts in English', () => {
  it('words the password policy', async () => {
    const personal = ['bea.beheer@wijkkracht.example', 'Bea van Beheerstede'];
    const personalProblem = await passwordProblem('fietsbel-Beheerstede-2026', personal);
    const guessable = await passwordProblem('Welkom01welkom01', personal);
    expect(messages.bilingual(personalProblem!)).toEqual({
      nl: 'Gebruik niet uw naam of e-mailadres in uw wachtwoord.',
      en: 'Do not use your name or e-mail address in your password.',
    });
    expect(messages.text('en', guessable!)).toBe(
      'This password is easy to guess. Choose a longer phrase of a few unrelated words.',
    );
  });

  it('words unknown and doubled vocabulary values', () => {
    const vocabularies = {
      kinds: [{ id: 'voorziening' }],
      capitals: [{ id: 'economisch' }],
      target_groups: [],
      phases: [],
      poverty_types: [],
      life_events: [],
      domains: [],
      evidence_levels: [{ id: 'x' }],
    };
    const body = {
      kind: 'voorziening',
      capitals: { primary: ['economisch'], secondary: ['economisch', 'geluk'] },
      targetGroups: [],
      phases: [],
      povertyTypes: [],
      lifeEvents: [],
      domains: [],
      evidence: { level: 'x' },
    };
    const errors = vocabularyErrors(
      body as unknown as LocalInterventionBody,
      vocabularies as unknown as Vocabularies,
    );
    expect(errors.map((e) => [e.field, e.messages.en])).toEqual([
      ['capitals.secondary.1', '‘geluk’ is not a known value. Choose from the list.'],
      ['capitals.secondary.0', 'A capital is primary or secondary, not both.'],
    ]);
  });

  it('words the lock, the gemeente checks, a failed import, full storage and forbidden characters', () => {
    expect(english('problem.session.accountLocked', { minutes: 1 })).toBe(
      'Too many failed attempts. Try again in 1 minute, or ask your administrator for help.',
    );
    expect(english('problem.session.accountLocked', { minutes: 15 })).toBe(
      'Too many failed attempts. Try again in 15 minutes, or ask your administrator for help.',
    );
    expect(english('problem.offers.gemeenteNotServed', { code: 'GM0202' })).toBe(
      'Your organisation does not work in municipality GM0202. Add it first under Administration › Organisation.',
    );
    expect(english('problem.gemeenteKeeper.noSchemes', { code: 'GM0202' })).toBe(
      'No schemes have been set up for municipality GM0202 yet.',
    );
    expect(english('problem.storageFull')).toBe(
      'Wegwijs cannot save anything now: the database storage is full. Nothing was saved. The administrator has been alerted; please try again later.',
    );
    expect(english('hsdsImport.serverError')).toBe(
      'The import failed because of a server error. Nothing was saved.',
    );
    expect(english('problem.invalidCharacters')).toBe(
      'This contains a character that is not allowed (a NUL character or half a character). Remove it or type the text again.',
    );
  });
});
