import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { MunicipalReportData } from '../../../contract/reports';
import { PROFILE_LEVELS } from '../../../domain/reports';
import { useLabel } from '../../api/catalogue';
import { CountFigure } from './CountFigure';
import { OutcomeFigure } from './OutcomeFigure';

/** The sections of a municipal report, each a figure with its summary and table. */
export function MunicipalSections({ report }: { report: MunicipalReportData }) {
  const { t } = useTranslation();
  const label = useLabel();
  const m = (key: string, values?: Record<string, unknown>) =>
    t(`rapportage.municipal.${key}`, values);
  const hidden = t('rapportage.outcomes.hidden');
  const shown = (c: { value: number | null }) => (c.value === null ? hidden : String(c.value));
  const levels = PROFILE_LEVELS.map((l) => m(`levels.${l}`));
  return (
    <>
      <section aria-labelledby="municipal-reach">
        <Heading level={3} id="municipal-reach">
          {m('reach')}
        </Heading>
        <Paragraph>
          {m('reachSummary', {
            households: shown(report.reach.households),
            children: shown(report.reach.children),
          })}
        </Paragraph>
      </section>

      <section aria-labelledby="municipal-profiles">
        <Heading level={3} id="municipal-profiles">
          {m('profiles')}
        </Heading>
        <Paragraph>{m('profilesIntro')}</Paragraph>
        {report.profiles.length ? (
          <CountFigure
            title={m('profiles')}
            rowHeader={m('capital')}
            series={levels}
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
      </section>

      <section aria-labelledby="municipal-change">
        <Heading level={3} id="municipal-change">
          {m('change')}
        </Heading>
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
      </section>

      <section aria-labelledby="municipal-interventions">
        <Heading level={3} id="municipal-interventions">
          {m('interventions')}
        </Heading>
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
      </section>

      <section aria-labelledby="municipal-referrals">
        <Heading level={3} id="municipal-referrals">
          {m('referrals')}
        </Heading>
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
      </section>

      <section aria-labelledby="municipal-signals">
        <Heading level={3} id="municipal-signals">
          {m('signals')}
        </Heading>
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
      </section>

      <section aria-labelledby="municipal-comparison">
        <Heading level={3} id="municipal-comparison">
          {m('comparison')}
        </Heading>
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
      </section>
    </>
  );
}
