import type { Content } from 'pdfmake/interfaces';
import type { ReferralInzage } from '../../contract/referrals';
import { messages } from '../../content/message-files';
import { message, type MessageValues } from '../../domain/message';
import type { Language } from './plan-pdf';

// The household's warme overdrachten in its inzage PDF (ADR 1403), in plain words: to or from
// whom, when, each status step, what was shared, and how it ended. Nothing when there are none.

type Words = (key: string, values?: MessageValues) => string;

function partyName(say: Words, party: ReferralInzage['from']): string {
  return party.teamName
    ? say('teamAt', { team: party.teamName, organisation: party.organisationName })
    : party.organisationName;
}

function sharedLines(
  say: Words,
  r: ReferralInzage,
  capitalName: (id: string) => string,
): Content[] {
  if (r.shared === null) return [{ text: say('inzage.erased') }];
  if (r.shared.length === 0) return [{ text: say('inzage.nothingShared') }];
  return [
    { text: say('inzage.shared') },
    {
      ul: r.shared.map((g) => ({
        stack: [
          say('inzage.goal', { capital: capitalName(g.capital), text: g.text }),
          ...(g.steps.length
            ? [{ ul: g.steps.map((s) => say('page.step', { text: s.text, who: s.who })) }]
            : []),
        ],
      })),
    },
  ];
}

function endLines(say: Words, r: ReferralInzage): Content[] {
  return [
    ...(r.rejectReason ? [{ text: say('inzage.rejectReason', { reason: r.rejectReason }) }] : []),
    ...(r.outcome
      ? [{ text: say('inzage.outcome', { outcome: say(`outcome.${r.outcome}`) }) }]
      : []),
    ...(r.outcomeNote ? [{ text: say('inzage.outcomeNote', { note: r.outcomeNote }) }] : []),
    ...(r.withdrawnBecause ? [{ text: say(`page.withdrawnBecause.${r.withdrawnBecause}`) }] : []),
  ];
}

function referralBlock(
  say: Words,
  r: ReferralInzage,
  day: (d: string) => string,
  capitalName: (id: string) => string,
): Content {
  const date = day(r.sentOn);
  return {
    stack: [
      {
        text:
          r.direction === 'sent'
            ? say('inzage.sent', { to: partyName(say, r.to), date })
            : say('inzage.received', { from: partyName(say, r.from), date }),
        bold: true,
      },
      { text: say('inzage.statusNow', { status: say(`status.${r.status}`) }) },
      { text: say('inzage.history'), margin: [0, 4, 0, 0] },
      {
        ul: r.history.map((e) =>
          say('page.event', {
            status: say(`status.${e.status}`),
            date: day(e.at),
            side: say(`eventSide.${e.side}`),
          }),
        ),
      },
      ...(r.message ? [{ text: say('inzage.message', { message: r.message }) }] : []),
      ...sharedLines(say, r, capitalName),
      ...endLines(say, r),
    ],
    margin: [0, 4, 0, 10],
  };
}

export function referralsSection(
  referrals: ReferralInzage[],
  language: Language,
  day: (d: string) => string,
  capitalName: (id: string) => string,
): Content[] {
  if (referrals.length === 0) return [];
  const say: Words = (key, values) => messages.text(language, message(`overdracht.${key}`, values));
  return [
    { text: say('inzage.title'), style: 'heading' },
    { text: say('inzage.intro'), margin: [0, 0, 0, 6] },
    ...referrals.map((r) => referralBlock(say, r, day, capitalName)),
  ];
}
