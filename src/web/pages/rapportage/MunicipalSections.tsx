import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { MunicipalReportData } from '../../../contract/reports';
import { PROFILE_LEVELS } from '../../../domain/reports';
import { useLabel } from '../../api/catalogue';
import { CountFigure } from './CountFigure';
import { OutcomeFigure } from './OutcomeFigure';

type Report = { report: MunicipalReportData };

/** The sections of a municipal report, each a figure with its summary and table. */
export function MunicipalSections({ report }: Report) {
  return (
    <>
      <ReachSection report={report} />
      <ProfilesSection report={report} />
      <ChangeSection report={report} />
      <InterventionsSection report={report} />
      <ReferralsSection report={report} />
      <SignalsSection report={report} />
      <ComparisonSection report={report} />
    </>
  );
}

/** The report's texts, and a count as text (a hidden count says so). */
function useMunicipalText() {
  const { t } = useTranslation();
  const m = (key: string, values?: Record<string, unknown>) =>
    t(`rapportage.municipal.${key}`, values);
  const hidden = t('rapportage.outcomes.hidden');
  const shown = (c: { value: number | null }) => (c.value === null ? hidden : String(c.value));
  return { m, shown };
}

/** A section of the report with its heading; `id` names it for assistive technology. */
function ReportSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`municipal-${id}`}>
      <Heading level={3} id={`municipal-${id}`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function ReachSection({ report }: Report) {
  const { m, shown } = useMunicipalText();
  return (
    <ReportSection id="reach" title={m('reach')}>
      <Paragraph>
        {m('reachSummary', {
          households: shown(report.reach.households),
          children: shown(report.reach.children),
        })}
      </Paragraph>
    </ReportSection>
  );
}

function ProfilesSection({ report }: Report) {
  const { m } = useMunicipalText();
  const label = useLabel();
  return (
    <ReportSection id="profiles" title={m('profiles')}>
      <Paragraph>{m('profilesIntro')}</Paragraph>
      {report.profiles.length ? (
        <CountFigure
          title={m('profiles')}
          rowHeader={m('capital')}
          series={PROFILE_LEVELS.map((l) => m(`levels.${l}`))}
          totalHeader={m('total')}
          rows={report.profiles.map((p) => ({
            name: label('capitals', p.capital),
            cells: p.levels,
            total: p.total,
          }))}
        />
      ) : (
        <Paragraph>{m('none')}</Paragraph>
      )}
    </ReportSection>
  );
}

function ChangeSection({ report }: Report) {
  const { t } = useTranslation();
  const { m } = useMunicipalText();
  const label = useLabel();
  return (
    <ReportSection id="change" title={m('change')}>
      {report.outcomes.capitals.length === 0 && <Paragraph>{m('none')}</Paragraph>}
      {report.outcomes.capitals.map((table) => {
        const title = label('capitals', table.measure.capital);
        return (
          <section key={table.measure.capital} aria-label={title}>
            <Heading level={4}>{title}</Heading>
            <OutcomeFigure
              title={title}
              table={table}
              groupName={(g) => g ?? t('rapportage.outcomes.unknown.wijk')}
              chart
            />
          </section>
        );
      })}
    </ReportSection>
  );
}

function InterventionsSection({ report }: Report) {
  const { m } = useMunicipalText();
  return (
    <ReportSection id="interventions" title={m('interventions')}>
      <Paragraph>{m('interventionsIntro')}</Paragraph>
      {report.interventions.length ? (
        <CountFigure
          title={m('interventions')}
          rowHeader={m('intervention')}
          series={[m('households')]}
          rows={report.interventions.map((i) => ({ name: i.name, cells: [i.households] }))}
        />
      ) : (
        <Paragraph>{m('none')}</Paragraph>
      )}
    </ReportSection>
  );
}

function ReferralsSection({ report }: Report) {
  const { m } = useMunicipalText();
  return (
    <ReportSection id="referrals" title={m('referrals')}>
      <Paragraph>{m('referralsIntro')}</Paragraph>
      <CountFigure
        title={m('referrals')}
        rowHeader={m('status')}
        series={[m('count')]}
        rows={[
          ...report.referrals.map((r) => ({
            name: m(`statuses.${r.status}`),
            cells: [r.count],
          })),
          { name: m('referralsAll'), cells: [report.referralsTotal], tableOnly: true },
        ]}
      />
    </ReportSection>
  );
}

function SignalsSection({ report }: Report) {
  const { m, shown } = useMunicipalText();
  return (
    <ReportSection id="signals" title={m('signals')}>
      {report.signals ? (
        <CountFigure
          title={m('signals')}
          rowHeader={m('state')}
          series={[m('people')]}
          summary={m('signalsSummary', {
            received: shown(report.signals.received),
            people: shown(report.signals.people),
          })}
          rows={[
            ...report.signals.followUp.map((f) => ({
              name: m(`states.${f.state}`),
              cells: [f.people],
            })),
            { name: m('peopleAll'), cells: [report.signals.people], tableOnly: true },
          ]}
        />
      ) : (
        <Paragraph>{m('signalsNone')}</Paragraph>
      )}
    </ReportSection>
  );
}

function ComparisonSection({ report }: Report) {
  const { m } = useMunicipalText();
  return (
    <ReportSection id="comparison" title={m('comparison')}>
      <Paragraph>{m('comparisonIntro')}</Paragraph>
      <CountFigure
        title={m('comparison')}
        rowHeader={m('organisation')}
        series={[m('households'), m('children')]}
        stacked={false}
        rows={report.comparison.map((o) => ({
          name: o.own ? m('own', { name: o.name }) : o.name,
          cells: [o.households, o.children],
        }))}
      />
    </ReportSection>
  );
}
