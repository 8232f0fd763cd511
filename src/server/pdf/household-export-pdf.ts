import { messages } from '../../content/message-files';
import { drawingMarkup } from '../../domain/kleurplaat/svg';
import { message } from '../../domain/message';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LEGACY_ACTIONS } from '../../contract/audit-actions';
import type { Plan } from '../../contract/households';
import type { HouseholdRow } from '../../db/households/households.repository';
import type { Profile } from '../../domain/assessment';
import { TEXT as PLAN_TEXT, type Language } from './plan-pdf';

type ConsentRow = { purpose: string; how: string; givenAt: string; withdrawnAt: string | null };

// Household-facing, like the plan: plain words, names instead of codes.
const TEXT = {
  nl: {
    title: (label: string) => `Wat Wegwijs bewaart over ${label}`,
    made: (date: string, ref: string) => `Overzicht gemaakt op ${date}. Kenmerk: ${ref}.`,
    household: 'Gegevens van het huishouden',
    part: 'Onderdeel',
    kept: 'Wat we bewaren',
    adults: 'Volwassenen',
    born: (year: number) => `geboren in ${year}`,
    bornUnknown: 'geboortejaar niet bekend',
    workStatus: {
      werkt: 'werkt',
      school: 'gaat naar school of studeert',
      'geen-werk-of-school': 'geen werk en geen school',
      pensioen: 'met pensioen',
    } as Record<string, string>,
    livesAlone: 'Woont alleen',
    statushouder: 'Statushouder',
    children: 'Kinderen',
    none: 'geen',
    place: 'Gemeente en wijk',
    languages: 'Talen',
    interpreter: 'Tolk nodig',
    yes: 'ja',
    no: 'nee',
    events: 'Gebeurtenissen',
    started: 'Begonnen op',
    closed: 'Afgesloten op',
    notYet: 'nog niet',
    professionals: 'Sociaal werkers',
    notes: 'Aantekeningen',
    consent: 'Toestemming',
    purpose: 'Waarvoor',
    how: 'Hoe',
    givenAt: 'Gegeven op',
    withdrawnAt: 'Ingetrokken op',
    noConsent: 'Er is geen toestemming vastgelegd.',
    purposes: {
      registratie: 'gegevens bewaren',
      kapitaalscan: 'de kapitaalscan',
      kleurplaat: 'een kleurplaat van een kind bewaren',
      'delen-met-partners': 'delen met partners',
      'rapportage-anoniem': 'anoniem meetellen in rapportages',
    } as Record<string, string>,
    hows: { mondeling: 'mondeling', schriftelijk: 'op papier', digitaal: 'digitaal' } as Record<
      string,
      string
    >,
    scans: 'Kapitaalscans',
    noScans: 'Er zijn geen scans gedaan.',
    scan: (start: string, end: string | null) =>
      `Scan begonnen op ${start}${end ? `, afgerond op ${end}` : ' (nog niet af)'}`,
    capital: 'Kapitaal',
    score: 'Score (1 tot 5)',
    notFilled: 'niet ingevuld',
    plan: 'Plan',
    noPlan: 'Er is nog geen plan.',
    steps: (n: number) => (n === 1 ? '1 stap' : `${n} stappen`),
    log: 'Wie heeft deze gegevens bekeken of gewijzigd?',
    when: 'Wanneer',
    who: 'Wie',
    what: 'Wat',
    denied: 'geweigerd',
    actions: {
      'household.create': 'huishouden vastgelegd',
      'household.read': 'gegevens bekeken',
      'household.update': 'gegevens gewijzigd',
      'household.close': 'afgesloten',
      'household.reopen': 'weer geopend',
      'consent.record': 'toestemming vastgelegd',
      'consent.withdraw': 'toestemming ingetrokken',
      'household.export': 'dit overzicht gemaakt',
      'household.read_profile': 'kapitaalprofiel bekeken',
      'household.erase': 'gevraagd om te wissen',
      'scan.start': 'scan begonnen',
      'scan.save': 'scan bijgewerkt',
      'scan.complete': 'scan afgerond',
      'scan.read': 'scan bekeken',
      'plan.read': 'plan bekeken',
      'plan.save': 'plan gewijzigd',
      'plan.download': 'plan als PDF gemaakt',
    } as Record<string, string>,
  },
  en: {
    title: (label: string) => `What Wegwijs keeps about ${label}`,
    made: (date: string, ref: string) => `Overview made on ${date}. Reference: ${ref}.`,
    household: 'Household details',
    part: 'Item',
    kept: 'What we keep',
    adults: 'Adults',
    born: (year: number) => `born in ${year}`,
    bornUnknown: 'year of birth not known',
    workStatus: {
      werkt: 'works',
      school: 'goes to school or studies',
      'geen-werk-of-school': 'no work and no school',
      pensioen: 'retired',
    } as Record<string, string>,
    livesAlone: 'Lives alone',
    statushouder: 'Refugee with a residence permit',
    children: 'Children',
    none: 'none',
    place: 'Municipality and neighbourhood',
    languages: 'Languages',
    interpreter: 'Interpreter needed',
    yes: 'yes',
    no: 'no',
    events: 'Life events',
    started: 'Started on',
    closed: 'Closed on',
    notYet: 'not yet',
    professionals: 'Social workers',
    notes: 'Notes',
    consent: 'Consent',
    purpose: 'For what',
    how: 'How',
    givenAt: 'Given on',
    withdrawnAt: 'Withdrawn on',
    noConsent: 'No consent has been recorded.',
    purposes: {
      registratie: 'keeping your details',
      kapitaalscan: 'the kapitaalscan',
      kleurplaat: "keeping a child's colouring page",
      'delen-met-partners': 'sharing with partners',
      'rapportage-anoniem': 'being counted anonymously in reports',
    } as Record<string, string>,
    hows: { mondeling: 'spoken', schriftelijk: 'on paper', digitaal: 'digital' } as Record<
      string,
      string
    >,
    scans: 'Kapitaalscans',
    noScans: 'No scans have been done.',
    scan: (start: string, end: string | null) =>
      `Scan started on ${start}${end ? `, finished on ${end}` : ' (not finished yet)'}`,
    capital: 'Capital',
    score: 'Score (1 to 5)',
    notFilled: 'not filled in',
    plan: 'Plan',
    noPlan: 'There is no plan yet.',
    steps: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
    log: 'Who looked at or changed these details?',
    when: 'When',
    who: 'Who',
    what: 'What',
    denied: 'refused',
    actions: {
      'household.create': 'household recorded',
      'household.read': 'details viewed',
      'household.update': 'details changed',
      'household.close': 'closed',
      'household.reopen': 'reopened',
      'consent.record': 'consent recorded',
      'consent.withdraw': 'consent withdrawn',
      'household.export': 'this overview made',
      'household.read_profile': 'capital profile viewed',
      'household.erase': 'asked to erase',
      'scan.start': 'scan started',
      'scan.save': 'scan updated',
      'scan.complete': 'scan finished',
      'scan.read': 'scan viewed',
      'plan.read': 'plan viewed',
      'plan.save': 'plan changed',
      'plan.download': 'plan made as PDF',
    } as Record<string, string>,
  },
};

const table = (header: string[], rows: string[][]): Content => ({
  table: {
    headerRows: 1,
    widths: header.map((_, i) => (i === 0 ? '*' : 'auto')),
    body: [header.map((h) => ({ text: h, bold: true })), ...rows],
  },
  layout: 'lightHorizontalLines',
  margin: [0, 2, 0, 12],
});

/** Inzage as a PDF: what Wegwijs holds about this household, in plain words. */
export function householdExportDocument(input: {
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
  log: { at: Date; action: string; outcome: string; actor: string | null }[];
  now: Date;
  language: Language;
  interventionName: (id: string) => string;
  capitalName: (id: string) => string;
  lifeEventName: (id: string) => string;
}): TDocumentDefinitions {
  const t = TEXT[input.language];
  const locale = input.language === 'en' ? 'en-GB' : 'nl-NL';
  const day = (d: Date | string) =>
    new Date(typeof d === 'string' && d.length === 10 ? `${d}T12:00:00Z` : d).toLocaleDateString(
      locale,
      { day: 'numeric', month: 'long', year: 'numeric' },
    );
  const h = input.household;
  const data = h.data;
  const content: Content[] = [
    { text: t.title(h.label), style: 'title' },
    { text: t.made(day(input.now), h.reference), margin: [0, 0, 0, 12] },
    { text: t.household, style: 'heading' },
    table(
      [t.part, t.kept],
      [
        [
          t.adults,
          data.adults
            .map((a) =>
              [
                a.birthYear ? t.born(a.birthYear) : t.bornUnknown,
                ...(a.workStatus ? [t.workStatus[a.workStatus] ?? a.workStatus] : []),
              ].join(', '),
            )
            .join('; '),
        ],
        // Only what was noted: these facts are optional.
        ...(data.livesAlone === undefined ? [] : [[t.livesAlone, data.livesAlone ? t.yes : t.no]]),
        ...(data.statushouder === undefined
          ? []
          : [[t.statushouder, data.statushouder ? t.yes : t.no]]),
        [
          t.children,
          data.children.length
            ? data.children.map((c) => `${c.ref}, ${t.born(c.birthYear)}`).join('; ')
            : t.none,
        ],
        [t.place, `${data.gemeente.name}${data.wijk ? `, ${data.wijk}` : ''}`],
        [t.languages, data.languages.length ? data.languages.join(', ') : '—'],
        [t.interpreter, data.interpreterNeeded ? t.yes : t.no],
        [
          t.events,
          data.lifeEvents.length
            ? data.lifeEvents
                .map((e) => `${input.lifeEventName(e.id)}${e.year ? ` (${e.year})` : ''}`)
                .join(', ')
            : '—',
        ],
        [t.started, day(h.startDate)],
        [t.closed, h.closedAt ? `${day(h.closedAt)} (${h.closeReason ?? ''})` : t.notYet],
        [t.professionals, input.professionals.join(', ')],
        [t.notes, h.notes ?? '—'],
      ],
    ),
    { text: t.consent, style: 'heading' },
    input.consents.length
      ? table(
          [t.purpose, t.how, t.givenAt, t.withdrawnAt],
          input.consents.map((c) => [
            t.purposes[c.purpose] ?? c.purpose,
            t.hows[c.how] ?? c.how,
            day(c.givenAt),
            c.withdrawnAt ? day(c.withdrawnAt) : '—',
          ]),
        )
      : { text: t.noConsent, margin: [0, 0, 0, 12] },
    { text: t.scans, style: 'heading' },
  ];
  if (input.scans.length === 0) content.push({ text: t.noScans, margin: [0, 0, 0, 12] });
  for (const s of input.scans) {
    content.push({
      text: t.scan(day(s.startedAt), s.completedAt ? day(s.completedAt) : null),
      bold: true,
      margin: [0, 4, 0, 2],
    });
    if (s.profile) {
      content.push(
        table(
          [t.capital, t.score],
          s.profile.capitals.map((c) => [
            input.capitalName(c.capital),
            c.score === null ? t.notFilled : String(c.score),
          ]),
        ),
      );
    }
  }
  content.push({ text: t.plan, style: 'heading' });
  if (!input.plan || (input.plan.goals.length === 0 && input.plan.referrals.length === 0))
    content.push({ text: t.noPlan, margin: [0, 0, 0, 12] });
  else {
    const status = PLAN_TEXT[input.language].status;
    content.push({
      ul: input.plan.goals.map(
        (g) => `${input.capitalName(g.capital)}: ${g.text} (${t.steps(g.steps.length)})`,
      ),
      margin: [0, 0, 0, 6],
    });
    if (input.plan.referrals.length)
      content.push({
        ul: input.plan.referrals.map(
          (r) => `${input.interventionName(r.interventionId)}: ${status[r.status] ?? r.status}`,
        ),
        margin: [0, 0, 0, 12],
      });
  }
  content.push(...drawingsSection(input.drawings, input.language, day));
  content.push(...signalsSection(input.signals, input.language, day));
  content.push({ text: t.log, style: 'heading' });
  content.push(
    table(
      [t.when, t.who, t.what],
      input.log
        .slice(0, 300)
        .map((l) => [
          l.at.toLocaleString(locale),
          l.actor ?? '—',
          `${t.actions[LEGACY_ACTIONS[l.action] ?? l.action] ?? l.action}${l.outcome === 'denied' ? ` (${t.denied})` : ''}`,
        ]),
    ),
  );
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: `Inzage ${h.reference}`, creator: 'Wegwijs' },
    language: locale,
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      heading: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
    },
  };
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
