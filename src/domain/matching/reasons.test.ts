import { describe, expect, it } from 'vitest';
import { messages } from '../../content/message-files';
import { lifeEventName, listOf } from '../assessment/labels';
import { message } from '../message';
import { agesText, summaryOf, type MatchReason } from './reasons';

// Reasons are catalogue messages; these word them as a reader sees them, in each language.

describe('match reasons in the reader language', () => {
  it('words the ages of children as one list in Dutch and in English', () => {
    expect(messages.bilingual(agesText([12, 3, 7, 3], true))).toEqual({
      nl: 'er zijn kinderen van 3, 7 en 12',
      en: 'there are children aged 3, 7 and 12',
    });
    expect(messages.bilingual(agesText([0], true))).toEqual({
      nl: 'er is een baby',
      en: 'there is a baby',
    });
  });

  it('names life events in the reader language, with no Dutch left in English', () => {
    const reason = message('kapitaalscan.reason.lifeEvent', {
      events: listOf(['scheiding', 'baanverlies'].map(lifeEventName)),
    });
    expect(messages.bilingual(reason)).toEqual({
      nl: 'past bij wat er speelt: een scheiding en baanverlies',
      en: 'fits what is going on: a separation and job loss',
    });
  });

  it('sums up two reasons as one sentence starting with a capital', () => {
    const reasons: MatchReason[] = [
      { code: 'core-help', message: message('kapitaalscan.reason.coreHelp'), params: {} },
      {
        code: 'aspect',
        message: message('kapitaalscan.reason.aspectLow', {
          title: { nl: 'Schulden en achterstanden', en: 'Debts and arrears' },
          score: 1,
        }),
        params: {},
      },
    ];
    expect(messages.sentence(summaryOf(reasons))).toEqual({
      nl: "'Schulden en achterstanden' is laag (1 van 5) en dit is basishulp voor wat nu het meest dringend is",
      en: "'Debts and arrears' is low (1 of 5) and this is core help for what is most urgent now",
    });
  });
});
