import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { HouseholdData, Plan } from '../../contract/households';
import type { HouseholdRow } from '../../db/households/households.repository';
import type { Profile } from '../../domain/assessment';

type ConsentRow = { purpose: string; how: string; givenAt: string; withdrawnAt: string | null };

const day = (d: Date | string) =>
  new Date(typeof d === 'string' && d.length === 10 ? `${d}T12:00:00Z` : d).toLocaleDateString(
    'nl-NL',
    { day: 'numeric', month: 'long', year: 'numeric' },
  );

const table = (header: string[], rows: string[][]): Content => ({
  table: {
    headerRows: 1,
    widths: header.map((_, i) => (i === 0 ? '*' : 'auto')),
    body: [header.map((h) => ({ text: h, bold: true })), ...rows],
  },
  layout: 'lightHorizontalLines',
  margin: [0, 2, 0, 12],
});

/** Inzage as a PDF: what Wegwijs holds about this household, in plain Dutch. */
export function householdExportDocument(input: {
  household: HouseholdRow;
  professionals: string[];
  consents: ConsentRow[];
  scans: { startedAt: Date; completedAt: Date | null; profile: Profile | null }[];
  plan: Plan | null;
  log: { at: Date; action: string; outcome: string; actor: string | null }[];
  now: Date;
}): TDocumentDefinitions {
  const h = input.household;
  const data = h.data as HouseholdData;
  const content: Content[] = [
    { text: `Wat Wegwijs bewaart over ${h.label}`, style: 'title' },
    {
      text: `Overzicht gemaakt op ${day(input.now)}. Kenmerk: ${h.reference}.`,
      margin: [0, 0, 0, 12],
    },
    { text: 'Gegevens van het huishouden', style: 'heading' },
    table(
      ['Onderdeel', 'Wat we bewaren'],
      [
        [
          'Volwassenen',
          data.adults
            .map((a) => (a.birthYear ? `geboren in ${a.birthYear}` : 'geboortejaar niet bekend'))
            .join('; '),
        ],
        [
          'Kinderen',
          data.children.length
            ? data.children.map((c) => `${c.ref}, geboren in ${c.birthYear}`).join('; ')
            : 'geen',
        ],
        ['Gemeente en wijk', `${data.gemeente.name}${data.wijk ? `, ${data.wijk}` : ''}`],
        ['Talen', data.languages.length ? data.languages.join(', ') : '—'],
        ['Tolk nodig', data.interpreterNeeded ? 'ja' : 'nee'],
        [
          'Gebeurtenissen',
          data.lifeEvents.length
            ? data.lifeEvents.map((e) => `${e.id}${e.year ? ` (${e.year})` : ''}`).join(', ')
            : '—',
        ],
        ['Begonnen op', day(h.startDate)],
        ['Afgesloten op', h.closedAt ? `${day(h.closedAt)} (${h.closeReason ?? ''})` : 'nog niet'],
        ['Sociaal werkers', input.professionals.join(', ')],
        ['Aantekeningen', h.notes ?? '—'],
      ],
    ),
    { text: 'Toestemming', style: 'heading' },
    input.consents.length
      ? table(
          ['Waarvoor', 'Hoe', 'Gegeven op', 'Ingetrokken op'],
          input.consents.map((c) => [
            c.purpose,
            c.how,
            day(c.givenAt),
            c.withdrawnAt ? day(c.withdrawnAt) : '—',
          ]),
        )
      : { text: 'Er is geen toestemming vastgelegd.', margin: [0, 0, 0, 12] },
    { text: 'Kapitaalscans', style: 'heading' },
  ];
  if (input.scans.length === 0)
    content.push({ text: 'Er zijn geen scans gedaan.', margin: [0, 0, 0, 12] });
  for (const s of input.scans) {
    content.push({
      text: `Scan begonnen op ${day(s.startedAt)}${s.completedAt ? `, afgerond op ${day(s.completedAt)}` : ' (nog niet af)'}`,
      bold: true,
      margin: [0, 4, 0, 2],
    });
    if (s.profile) {
      content.push(
        table(
          ['Kapitaal', 'Score (1 tot 5)'],
          s.profile.capitals.map((c) => [
            c.title,
            c.score === null ? 'niet ingevuld' : String(c.score),
          ]),
        ),
      );
    }
  }
  content.push({ text: 'Plan', style: 'heading' });
  if (!input.plan || (input.plan.goals.length === 0 && input.plan.referrals.length === 0))
    content.push({ text: 'Er is nog geen plan.', margin: [0, 0, 0, 12] });
  else {
    content.push({
      ul: input.plan.goals.map((g) => `${g.capital}: ${g.text} (${g.steps.length} stappen)`),
      margin: [0, 0, 0, 6],
    });
    if (input.plan.referrals.length)
      content.push({
        ul: input.plan.referrals.map((r) => `${r.interventionId}: ${r.status}`),
        margin: [0, 0, 0, 12],
      });
  }
  content.push({ text: 'Wie heeft deze gegevens bekeken of gewijzigd?', style: 'heading' });
  content.push(
    table(
      ['Wanneer', 'Wie', 'Wat'],
      input.log.slice(0, 300).map((l) => [l.at.toLocaleString('nl-NL'), l.actor ?? '—', l.action]),
    ),
  );
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: `Inzage ${h.reference}`, creator: 'Wegwijs' },
    language: 'nl-NL',
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      heading: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
    },
  };
}
