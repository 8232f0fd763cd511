import { messages } from '../../content/message-files';
import { drawingMarkup } from '../../domain/kleurplaat/svg';
import { message, type MessageValues } from '../../domain/message';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LEGACY_ACTIONS } from '../../contract/audit-actions';
import type { Plan } from '../../contract/households';
import type { HouseholdRow } from '../../db/households/households.repository';
import type { Profile } from '../../domain/assessment';
import { planStatus, type Language } from './plan-pdf';
import type { ReferralInzage } from '../../contract/referrals';
import { referralsSection } from './household-export-referrals';

type ConsentRow = { purpose: string; how: string; givenAt: string; withdrawnAt: string | null };

// Household-facing, like the plan: plain words, names instead of codes. The words are in the
// message catalogue (pdf.inzage).

function exportWords(language: Language) {
  const say = (key: string, values?: MessageValues) =>
    messages.text(language, message(`pdf.inzage.${key}`, values));
  /** A code's name from a list in the catalogue (purposes, actions); an unknown code as it is. */
  const named = (list: string, code: string) =>
    messages.has(`pdf.inzage.${list}.${code}`) ? say(`${list}.${code}`) : code;
  return { say, named };
}

const table = (header: string[], rows: string[][]): Content => ({
  table: {
    headerRows: 1,
    widths: header.map((_, i) => (i === 0 ? '*' : 'auto')),
    body: [header.map((h) => ({ text: h, bold: true })), ...rows],
  },
  layout: 'lightHorizontalLines',
  margin: [0, 2, 0, 12],
});

type Words = ReturnType<typeof exportWords>;
type Day = (d: Date | string) => string;

export type HouseholdExportInput = {
  household: HouseholdRow;
  professionals: string[];
  consents: ConsentRow[];
  scans: { startedAt: Date; completedAt: Date | null; profile: Profile | null }[];
  plan: Plan | null;
  /** The children's kept colouring pages, printed as they were coloured. */
  drawings: {
    childRef: string;
    fills: Record<string, string>;
    note: string | null;
    createdAt: Date;
  }[];
  /** Signals recorded from a checklist, already worded in the reader's language. */
  signals: { setting: string; seenOn: string; items: string[]; note: string | null }[];
  /** Warme overdrachten sent with or received into this record; none when left out. */
  referrals?: ReferralInzage[];
  log: { at: Date; action: string; outcome: string; actor: string | null }[];
  now: Date;
  language: Language;
  interventionName: (id: string) => string;
  capitalName: (id: string) => string;
  lifeEventName: (id: string) => string;
};

/** Inzage as a PDF: what Wegwijs holds about this household, in plain words. */
export function householdExportDocument(input: HouseholdExportInput): TDocumentDefinitions {
  const words = exportWords(input.language);
  const t = words.say;
  const locale = input.language === 'en' ? 'en-GB' : 'nl-NL';
  const day: Day = (d) =>
    new Date(typeof d === 'string' && d.length === 10 ? `${d}T12:00:00Z` : d).toLocaleDateString(
      locale,
      { day: 'numeric', month: 'long', year: 'numeric' },
    );
  const h = input.household;
  const content: Content[] = [
    { text: t('title', { label: h.label }), style: 'title' },
    {
      text: t('made', { date: day(input.now), reference: h.reference }),
      margin: [0, 0, 0, 12],
    },
    ...householdSection(input, words, day),
    ...consentSection(input.consents, words, day),
    ...scansSection(input, t, day),
    ...planSection(input, t),
    ...drawingsSection(input.drawings, input.language, day),
    ...signalsSection(input.signals, input.language, day),
    ...referralsSection(input.referrals ?? [], input.language, day, input.capitalName),
    ...logSection(input.log, words, locale),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: t('documentTitle', { reference: h.reference }), creator: 'Wegwijs' },
    language: locale,
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      heading: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
    },
  };
}

/** The household's own facts; optional facts only when they were noted. */
function householdSection(
  input: HouseholdExportInput,
  { say: t, named }: Words,
  day: Day,
): Content[] {
  const h = input.household;
  const data = h.data;
  return [
    { text: t('household'), style: 'heading' },
    table(
      [t('part'), t('kept')],
      [
        [
          t('adults'),
          data.adults
            .map((a) =>
              [
                a.birthYear ? t('born', { year: String(a.birthYear) }) : t('bornUnknown'),
                ...(a.workStatus ? [named('workStatus', a.workStatus)] : []),
              ].join(', '),
            )
            .join('; '),
        ],
        // Only what was noted: these facts are optional.
        ...(data.livesAlone === undefined
          ? []
          : [[t('livesAlone'), data.livesAlone ? t('yes') : t('no')]]),
        ...(data.statushouder === undefined
          ? []
          : [[t('statushouder'), data.statushouder ? t('yes') : t('no')]]),
        [
          t('children'),
          data.children.length
            ? data.children
                .map((c) => `${c.ref}, ${t('born', { year: String(c.birthYear) })}`)
                .join('; ')
            : t('none'),
        ],
        [t('place'), `${data.gemeente.name}${data.wijk ? `, ${data.wijk}` : ''}`],
        [t('languages'), data.languages.length ? data.languages.join(', ') : '—'],
        [t('interpreter'), data.interpreterNeeded ? t('yes') : t('no')],
        [
          t('events'),
          data.lifeEvents.length
            ? data.lifeEvents
                .map((e) => `${input.lifeEventName(e.id)}${e.year ? ` (${e.year})` : ''}`)
                .join(', ')
            : '—',
        ],
        [t('started'), day(h.startDate)],
        [t('closed'), h.closedAt ? `${day(h.closedAt)} (${h.closeReason ?? ''})` : t('notYet')],
        [t('professionals'), input.professionals.join(', ')],
        [t('notes'), h.notes ?? '—'],
      ],
    ),
  ];
}

/** Each consent with its purpose, how it was given and whether it was withdrawn. */
function consentSection(consents: ConsentRow[], { say: t, named }: Words, day: Day): Content[] {
  return [
    { text: t('consent'), style: 'heading' },
    consents.length
      ? table(
          [t('purpose'), t('how'), t('givenAt'), t('withdrawnAt')],
          consents.map((c) => [
            named('purposes', c.purpose),
            named('hows', c.how),
            day(c.givenAt),
            c.withdrawnAt ? day(c.withdrawnAt) : '—',
          ]),
        )
      : { text: t('noConsent'), margin: [0, 0, 0, 12] },
  ];
}

/** Each scan with its dates and, when finished, the score per capital. */
function scansSection(input: HouseholdExportInput, t: Words['say'], day: Day): Content[] {
  const content: Content[] = [{ text: t('scans'), style: 'heading' }];
  if (input.scans.length === 0) content.push({ text: t('noScans'), margin: [0, 0, 0, 12] });
  for (const s of input.scans) {
    content.push({
      text: s.completedAt
        ? t('scanFinished', { start: day(s.startedAt), end: day(s.completedAt) })
        : t('scanOpen', { start: day(s.startedAt) }),
      bold: true,
      margin: [0, 4, 0, 2],
    });
    if (s.profile) {
      content.push(
        table(
          [t('capital'), t('score')],
          s.profile.capitals.map((c) => [
            input.capitalName(c.capital),
            c.score === null ? t('notFilled') : String(c.score),
          ]),
        ),
      );
    }
  }
  return content;
}

/** The plan in short: its goals with their number of steps, then its referrals. */
function planSection(input: HouseholdExportInput, t: Words['say']): Content[] {
  const content: Content[] = [{ text: t('plan'), style: 'heading' }];
  if (!input.plan || (input.plan.goals.length === 0 && input.plan.referrals.length === 0))
    content.push({ text: t('noPlan'), margin: [0, 0, 0, 12] });
  else {
    content.push({
      ul: input.plan.goals.map(
        (g) =>
          `${input.capitalName(g.capital)}: ${g.text} (${t('steps', { count: g.steps.length })})`,
      ),
      margin: [0, 0, 0, 6],
    });
    if (input.plan.referrals.length)
      content.push({
        ul: input.plan.referrals.map(
          (r) =>
            `${input.interventionName(r.interventionId)}: ${planStatus(input.language, r.status)}`,
        ),
        margin: [0, 0, 0, 12],
      });
  }
  return content;
}

/** Who looked at or changed the record, as given, at most 300 lines. */
function logSection(
  log: HouseholdExportInput['log'],
  { say: t, named }: Words,
  locale: string,
): Content[] {
  return [
    { text: t('log'), style: 'heading' },
    table(
      [t('when'), t('who'), t('what')],
      log
        .slice(0, 300)
        .map((l) => [
          l.at.toLocaleString(locale),
          l.actor ?? '—',
          `${named('actions', LEGACY_ACTIONS[l.action] ?? l.action)}${l.outcome === 'denied' ? ` (${t('denied')})` : ''}`,
        ]),
    ),
  ];
}

/** The signals recorded from a checklist (signalen uit de wijk); nothing when none. */
function signalsSection(
  signals: { setting: string; seenOn: string; items: string[]; note: string | null }[],
  language: Language,
  day: (d: string) => string,
): Content[] {
  if (signals.length === 0) return [];
  const say = (key: string, values?: Record<string, string>) =>
    messages.text(language, message(`wijkmelding.${key}`, values));
  return [
    { text: say('household.title'), style: 'heading' },
    ...signals.flatMap((s): Content[] => [
      { text: say('household.seen', { setting: s.setting, date: day(s.seenOn) }), bold: true },
      { ul: s.note ? [...s.items, s.note] : s.items, margin: [0, 2, 0, 8] },
    ]),
  ];
}

/** The kept colouring pages, each with the child, the date and the note; nothing when none. */
function drawingsSection(
  drawings: {
    childRef: string;
    fills: Record<string, string>;
    note: string | null;
    createdAt: Date;
  }[],
  language: Language,
  day: (d: Date) => string,
): Content[] {
  if (drawings.length === 0) return [];
  const say = (key: string, values?: Record<string, string>) =>
    messages.text(language, message(`kleurplaat.${key}`, values));
  return [
    { text: say('savedList'), style: 'heading' },
    ...drawings.flatMap((d): Content[] => [
      { text: say('savedOn', { child: d.childRef, date: day(d.createdAt) }), bold: true },
      { svg: drawingMarkup(d.fills), width: 300, margin: [0, 4, 0, 4] },
      ...(d.note
        ? [{ text: d.note, margin: [0, 0, 0, 10] as [number, number, number, number] }]
        : []),
    ]),
  ];
}
