import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MunicipalReportData } from '../../contract/reports';
import type { Capital } from '../../domain/assessment';
import { message, type MessageValues } from '../../domain/message';
import { PROFILE_LEVELS } from '../../domain/reports';
import { messages } from '../../content/message-files';
import { barChart, figureTable } from './pdf-charts';

// The municipal report as an A4 PDF: each section has a chart and the same figures as a table.
// Words come from the message catalogue (rapportage.municipal), the same ones the page shows.

type Language = 'nl' | 'en';
type Cell = { value: number | null };

type Input = {
  language: Language;
  capitalName: (capital: Capital) => string;
  /** The day it was made, yyyy-mm-dd. */
  date: string;
};

const directions = ['improved', 'same', 'worse'] as const;

/** The words and small building blocks every section uses. */
function pdfParts(input: Input) {
  const t = (key: string, values?: MessageValues) =>
    messages.text(input.language, message(`rapportage.${key}`, values));
  const hidden = t('outcomes.hidden');
  const shown = (c: Cell) => (c.value === null ? hidden : String(c.value));
  const heading = (key: string): Content => ({ text: t(key), style: 'h2' });
  const text = (words: string): Content => ({ text: words, margin: [0, 0, 0, 4] });
  /** A chart and a table of one figure per row. */
  const single = (rows: { label: string; cell: Cell }[], header: [string, string]) => [
    barChart(
      rows.map((r) => ({ label: r.label, values: [r.cell.value] })),
      [header[1]],
      hidden,
    ),
    figureTable(
      header,
      rows.map((r) => [r.label, shown(r.cell)]),
    ),
  ];
  return { t, hidden, shown, heading, text, single, capitalName: input.capitalName };
}

type Parts = ReturnType<typeof pdfParts>;

/** Title, period, what the report is and how small numbers are hidden; then the reach. */
function introAndReach(report: MunicipalReportData, { t, shown, heading, text }: Parts): Content[] {
  return [
    { text: t('municipal.title'), style: 'h1' },
    {
      text: t('municipal.period', {
        gemeente: report.gemeenteName,
        from: report.from,
        to: report.to,
      }),
      margin: [0, 0, 0, 6],
    },
    text(t('municipal.intro')),
    text(t('outcomes.privacy', { threshold: report.threshold })),

    heading('municipal.reach'),
    figureTable(
      [t('municipal.reach'), t('outcomes.n')],
      [
        [t('municipal.households'), shown(report.reach.households)],
        [t('municipal.children'), shown(report.reach.children)],
      ],
    ),
  ];
}

/** The households' profile per capital, at intake. */
function profiles(report: MunicipalReportData, parts: Parts): Content[] {
  const { t, hidden, shown, heading, text, capitalName } = parts;
  const levels = PROFILE_LEVELS.map((l) => t(`municipal.levels.${l}`));
  return [
    heading('municipal.profiles'),
    text(t('municipal.profilesIntro')),
    ...(report.profiles.length
      ? [
          barChart(
            report.profiles.map((p) => ({
              label: capitalName(p.capital),
              values: p.levels.map((c) => c.value),
            })),
            levels,
            hidden,
          ),
          figureTable(
            [t('municipal.capital'), ...levels, t('municipal.total')],
            report.profiles.map((p) => [
              capitalName(p.capital),
              ...p.levels.map(shown),
              shown(p.total),
            ]),
          ),
        ]
      : [text(t('municipal.none'))]),
  ];
}

/** How many households improved, stayed the same or got worse, per capital. */
function change(report: MunicipalReportData, parts: Parts): Content[] {
  const { t, hidden, shown, heading, text, capitalName } = parts;
  const { capitals } = report.outcomes;
  return [
    heading('municipal.change'),
    ...(capitals.length
      ? [
          barChart(
            capitals.map((c) => ({
              label: capitalName(c.measure.capital),
              values: directions.map((d) => c.overall[d].value),
            })),
            directions.map((d) => t(`outcomes.${d}`)),
            hidden,
          ),
          figureTable(
            [
              t('municipal.capital'),
              t('outcomes.n'),
              ...directions.map((d) => t(`outcomes.${d}`)),
              t('outcomes.median'),
            ],
            capitals.map((c) => [
              capitalName(c.measure.capital),
              shown(c.overall.n),
              ...directions.map((d) => shown(c.overall[d])),
              c.overall.distribution ? String(c.overall.distribution.median) : hidden,
            ]),
          ),
        ]
      : [text(t('municipal.none'))]),
  ];
}

/** Interventions used and referrals by status. */
function interventionsAndReferrals(
  report: MunicipalReportData,
  { t, heading, text, single }: Parts,
): Content[] {
  return [
    heading('municipal.interventions'),
    text(t('municipal.interventionsIntro')),
    ...(report.interventions.length
      ? single(
          report.interventions.map((i) => ({ label: i.name, cell: i.households })),
          [t('municipal.intervention'), t('municipal.households')],
        )
      : [text(t('municipal.none'))]),

    heading('municipal.referrals'),
    text(t('municipal.referralsIntro')),
    ...single(
      [
        ...report.referrals.map((r) => ({
          label: t(`municipal.statuses.${r.status}`),
          cell: r.count,
        })),
        { label: t('municipal.referralsAll'), cell: report.referralsTotal },
      ],
      [t('municipal.status'), t('outcomes.n')],
    ),
  ];
}

/** Early signals received, and how far their follow-up got. */
function signals(
  report: MunicipalReportData,
  { t, shown, heading, text, single }: Parts,
): Content[] {
  return [
    heading('municipal.signals'),
    ...(report.signals
      ? [
          text(
            t('municipal.signalsSummary', {
              received: shown(report.signals.received),
              people: shown(report.signals.people),
            }),
          ),
          ...single(
            [
              ...report.signals.followUp.map((f) => ({
                label: t(`municipal.states.${f.state}`),
                cell: f.people,
              })),
              { label: t('municipal.peopleAll'), cell: report.signals.people },
            ],
            [t('municipal.state'), t('municipal.people')],
          ),
        ]
      : [text(t('municipal.signalsNone'))]),
  ];
}

/** The organisations side by side; then the printed line. */
function comparison(
  report: MunicipalReportData,
  { t, shown, heading, text }: Parts,
  date: string,
): Content[] {
  return [
    heading('municipal.comparison'),
    text(t('municipal.comparisonIntro')),
    figureTable(
      [t('municipal.organisation'), t('municipal.households'), t('municipal.children')],
      report.comparison.map((o) => [
        o.own ? t('municipal.own', { name: o.name }) : o.name,
        shown(o.households),
        shown(o.children),
      ]),
    ),
    {
      text: t('municipal.printed', { date, threshold: report.threshold }),
      style: 'small',
    },
  ];
}

export function municipalDocument(report: MunicipalReportData, input: Input): TDocumentDefinitions {
  const lang = input.language;
  const parts = pdfParts(input);
  const { t } = parts;
  const content: Content[] = [
    ...introAndReach(report, parts),
    ...profiles(report, parts),
    ...change(report, parts),
    ...interventionsAndReferrals(report, parts),
    ...signals(report, parts),
    ...comparison(report, parts, input.date),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    info: {
      title: `${t('municipal.title')}: ${report.gemeenteName} ${report.from} – ${report.to}`,
      creator: 'Wegwijs',
    },
    language: lang === 'en' ? 'en-GB' : 'nl-NL',
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 4] },
      small: { fontSize: 7.5, color: '#555555', margin: [0, 12, 0, 0] },
    },
  };
}
