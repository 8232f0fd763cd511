import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type {
  QuickscanGroupView,
  QuickscanInstrumentView,
  QuickscanMineView,
} from '../../../contract/quickscan';
import {
  useQuickscanInstrument,
  useQuickscanMine,
  useQuickscanTeam,
  useQuickscanWijken,
} from '../../api/quickscan';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { useSession } from '../../api/session';
import { useLanguage } from '../../hooks/useLanguage';
import { PartHelp, useScore } from './QuickscanResults';
import './quickscan.css';

const MINIMUM = 5;

/** Team and wijk figures of the quickscan: averages over five or more professionals only. */
export function QuickscanGroupsPage() {
  const { t } = useTranslation();
  const instrument = useQuickscanInstrument();
  const mine = useQuickscanMine();
  const session = useSession();
  const isLeader = session.data?.user?.role === 'teamleider';
  return (
    <>
      <PageTitle title={t('quickscan.groups.title')} />
      <Heading level={1}>{t('quickscan.groups.title')}</Heading>
      <Paragraph lead>{t('quickscan.groups.intro', { minimum: MINIMUM })}</Paragraph>
      <QueryState query={instrument}>
        {(scan) => (
          <QueryState query={mine}>
            {(own) => <Groups scan={scan} own={own} isLeader={isLeader} />}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}

function Groups({
  scan,
  own,
  isLeader,
}: {
  scan: QuickscanInstrumentView;
  own: QuickscanMineView;
  isLeader: boolean;
}) {
  const { t } = useTranslation();
  const [year, setYear] = useState(own.year);
  const [teamId, setTeamId] = useState(own.teams[0]?.id ?? '');
  const years = [own.year, own.year - 1, own.year - 2];
  return (
    <>
      <form className="ww-form" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          name="year"
          label={t('quickscan.groups.year')}
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        {isLeader && own.teams.length > 1 && (
          <SelectField
            name="teamId"
            label={t('quickscan.team')}
            value={teamId}
            onChange={setTeamId}
            options={own.teams.map((team) => ({ value: team.id, label: team.name }))}
          />
        )}
      </form>
      {isLeader && teamId && <TeamFigures scan={scan} teamId={teamId} year={year} />}
      <WijkFigures scan={scan} year={year} />
    </>
  );
}

function TeamFigures({
  scan,
  teamId,
  year,
}: {
  scan: QuickscanInstrumentView;
  teamId: string;
  year: number;
}) {
  const { t } = useTranslation();
  const team = useQuickscanTeam(teamId, year);
  return (
    <QueryState query={team}>
      {(view) => (
        <section aria-labelledby="quickscan-team">
          <Heading level={2} id="quickscan-team">
            {t('quickscan.groups.teamTitle', { team: view.teamName, year: view.year })}
          </Heading>
          {view.result.shown ? (
            <GroupFigures scan={scan} result={view.result} previous={view.previous} />
          ) : (
            <Paragraph>
              {t('quickscan.groups.tooFew', { minimum: view.minimum, year: view.year })}
            </Paragraph>
          )}
        </section>
      )}
    </QueryState>
  );
}

function WijkFigures({ scan, year }: { scan: QuickscanInstrumentView; year: number }) {
  const { t } = useTranslation();
  const wijken = useQuickscanWijken(year);
  return (
    <section aria-labelledby="quickscan-wijken">
      <Heading level={2} id="quickscan-wijken">
        {t('quickscan.groups.wijkenTitle', { year })}
      </Heading>
      <QueryState query={wijken}>
        {(view) =>
          view.wijken.length === 0 ? (
            <Paragraph>
              {t('quickscan.groups.wijkenNone', { minimum: view.minimum, year })}
            </Paragraph>
          ) : (
            view.wijken.map((w) => (
              <div key={w.wijk}>
                <Heading level={3}>{w.wijk}</Heading>
                <GroupFigures scan={scan} result={w.result} level={4} />
              </div>
            ))
          )
        }
      </QueryState>
    </section>
  );
}

/** Per part the group's mean (and last year's when shown), and what helps where it is low. */
function GroupFigures({
  scan,
  result,
  previous,
  level = 3,
}: {
  scan: QuickscanInstrumentView;
  result: QuickscanGroupView;
  previous?: { year: number; result: QuickscanGroupView };
  level?: 3 | 4;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const score = useScore();
  const before = previous?.result.shown ? previous : undefined;
  return (
    <>
      <Paragraph>{t('quickscan.groups.respondents', { count: result.respondents ?? 0 })}</Paragraph>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('quickscan.part')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('quickscan.groups.mean')}</TableHeaderCell>
            {before && <TableHeaderCell scope="col">{before.year}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {scan.parts.map((part) => {
            const p = result.parts.find((x) => x.partId === part.id);
            const b = before?.result.parts.find((x) => x.partId === part.id);
            return (
              <TableRow key={part.id}>
                <TableHeaderCell scope="row">{part.title[lang]}</TableHeaderCell>
                <TableCell>
                  {score(p?.mean ?? null)} ({p?.low ? t('quickscan.low') : t('quickscan.fine')})
                </TableCell>
                {before && <TableCell>{score(b?.mean ?? null)}</TableCell>}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {scan.parts
        .filter((part) => result.parts.find((x) => x.partId === part.id)?.low)
        .map((part) => (
          <div key={part.id}>
            <Heading level={level}>{t('quickscan.helpTitle', { part: part.title[lang] })}</Heading>
            <PartHelp part={part} />
          </div>
        ))}
    </>
  );
}
