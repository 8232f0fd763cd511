import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { CAPITALS, POVERTY_TYPE_NOTICE } from '../../../domain/assessment';
import { wordMessage } from '../../i18n/icu-format';
import type { AspectChange, Capital, Profile } from '../../../domain/assessment';
import { useLabel } from '../../api/catalogue';
import { Loading } from '../../components/Loading';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { formatDate } from '../wegwijzer/format';
import {
  fetchProfile,
  householdKeys,
  type HouseholdDetail,
  type ScanOutcome,
} from './households-api';
import { AspectTable } from './AspectTable';
import { textIn } from './instrument-text';
import { MatchesSection } from './MatchesSection';
import { HouseholdCards } from '../kaarten/HouseholdCards';
import { changeParts, profileSummary, scoreText } from './profile-format';

// Recharts is large: the drawing loads only when a profile is shown.
const RadarFigure = lazy(() => import('../../components/charts/RadarFigure'));

/** The profile of the latest scan, the change since the one before, the suggestion and matches. */
export function ProfileSection({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const outcome = useQuery({
    queryKey: householdKeys.profile(household.id),
    queryFn: () => fetchProfile(household.id),
  });
  return (
    <QueryState query={outcome}>
      {(o) =>
        o.profile === null ? (
          <section aria-labelledby="hh-profile" className="ww-hh-section">
            <Heading level={2} id="hh-profile">
              {t('huishoudens.profile.title')}
            </Heading>
            <Paragraph>{t('huishoudens.profile.none')}</Paragraph>
          </section>
        ) : (
          <Outcome household={household} outcome={o as ScanOutcome} />
        )
      }
    </QueryState>
  );
}

type OutcomeProps = { outcome: ScanOutcome };

function Outcome({ household, outcome }: { household: HouseholdDetail; outcome: ScanOutcome }) {
  return (
    <>
      <ProfileFigure outcome={outcome} />
      <HouseholdCards capitals={outcome.profile.capitals} />
      {outcome.change && outcome.previousCompletedAt && (
        <ChangeSection change={outcome.change} previousCompletedAt={outcome.previousCompletedAt} />
      )}
      <PovertySection outcome={outcome} />
      <MatchesSection household={household} matches={outcome.matches} />
    </>
  );
}

/** The radar's axes and series (now, and the scan before), its text summary and score format. */
function useRadar(outcome: ScanOutcome) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  const capitalName = (c: Capital) => label('capitals', c);
  const { profile, change } = outcome;
  const format = (v: number | null) =>
    v === null
      ? t('huishoudens.profile.unknown')
      : t('huishoudens.profile.score', { score: scoreText(v, lang) });
  const nowLabel = t('huishoudens.profile.now', {
    date: formatDate(outcome.completedAt, i18n.language),
  });
  const series = [
    {
      id: 'now',
      label: nowLabel,
      emphasis: 'main' as const,
      values: Object.fromEntries(profile.capitals.map((c) => [c.capital, c.score])),
    },
    ...(change && outcome.previousCompletedAt
      ? [
          {
            id: 'before',
            label: t('huishoudens.profile.before', {
              date: formatDate(outcome.previousCompletedAt, i18n.language),
            }),
            emphasis: 'comparison' as const,
            values: Object.fromEntries(change.capitals.map((c) => [c.capital, c.previous])),
          },
        ]
      : []),
  ];
  const axes = CAPITALS.map((c) => ({ key: c, label: capitalName(c) }));
  const s = profileSummary(profile);
  const names = (list: Capital[]) => list.map(capitalName).join(t('huishoudens.and'));
  const summary = [
    s.strongest &&
      t('huishoudens.profile.summaryStrong', {
        capitals: names(s.strongest.capitals),
        score: scoreText(s.strongest.score, lang),
      }),
    s.weakest &&
      t('huishoudens.profile.summaryWeak', {
        capitals: names(s.weakest.capitals),
        score: scoreText(s.weakest.score, lang),
      }),
    s.unknown.length > 0 && t('huishoudens.profile.summaryUnknown', { capitals: names(s.unknown) }),
    t('huishoudens.profile.summaryScale'),
  ]
    .filter(Boolean)
    .join(' ');

  return { axes, series, summary, format };
}

/** The latest profile as a radar (against the scan before), its summary, lists and all aspects. */
function ProfileFigure({ outcome }: OutcomeProps) {
  const { t, i18n } = useTranslation();
  const { profile } = outcome;
  const { axes, series, summary, format } = useRadar(outcome);
  return (
    <section aria-labelledby="hh-profile" className="ww-hh-section">
      <Heading level={2} id="hh-profile">
        {t('huishoudens.profile.title')}
      </Heading>
      <Paragraph>
        {t('huishoudens.profile.from', { date: formatDate(outcome.completedAt, i18n.language) })}
      </Paragraph>
      <Suspense fallback={<Loading />}>
        <RadarFigure
          title={t('huishoudens.profile.chartTitle')}
          axes={axes}
          series={series}
          max={5}
          summary={summary}
          format={format}
          axisHeader={t('huishoudens.profile.capital')}
        />
      </Suspense>
      <ProfileLists profile={profile} />
      <details className="ww-hh-details">
        <summary>{t('huishoudens.profile.allAspects')}</summary>
        <AspectTable
          caption={t('huishoudens.profile.allAspects')}
          aspects={profile.capitals.flatMap((c) => c.aspects).filter((a) => a.applicable)}
        />
        {profile.children.map((c) => (
          <AspectTable
            key={c.childRef}
            caption={t('huishoudens.profile.childAspects', { ref: c.childRef })}
            aspects={c.aspects}
          />
        ))}
      </details>
    </section>
  );
}

/** What changed since the scan before: per capital, per aspect and per child. */
function ChangeSection({
  change,
  previousCompletedAt,
}: {
  change: NonNullable<ScanOutcome['change']>;
  previousCompletedAt: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  const capitalName = (c: Capital) => label('capitals', c);
  return (
    <section aria-labelledby="hh-change" className="ww-hh-section">
      <Heading level={2} id="hh-change">
        {t('huishoudens.change.title', {
          date: formatDate(previousCompletedAt, i18n.language),
        })}
      </Heading>
      {!change.sameInstrumentVersion && (
        <Alert type="info">
          <Paragraph>{t('huishoudens.change.otherVersion')}</Paragraph>
        </Alert>
      )}
      <ChangeTable
        caption={t('huishoudens.change.perCapital')}
        head={t('huishoudens.profile.capital')}
        rows={change.capitals.map((c) => ({ key: c.capital, name: capitalName(c.capital), c }))}
      />
      <ChangeTable
        caption={t('huishoudens.change.perAspect')}
        head={t('huishoudens.profile.aspect')}
        rows={change.aspects
          .filter((a) => a.previous !== null || a.current !== null)
          .map((a) => ({ key: a.aspectId, name: aspectTitle(a, lang), c: a }))}
      />
      {change.children
        .filter((c) => c.aspects.some((a) => a.previous !== null || a.current !== null))
        .map((child) => (
          <ChangeTable
            key={child.childRef}
            caption={t('huishoudens.change.perChild', { ref: child.childRef })}
            head={t('huishoudens.profile.aspect')}
            rows={child.aspects.map((a) => ({
              key: a.aspectId,
              name: aspectTitle(a, lang),
              c: a,
            }))}
          />
        ))}
    </section>
  );
}

/** The kinds of poverty the answers point to, each with its reasons. */
function PovertySection({ outcome }: OutcomeProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-labelledby="hh-poverty" className="ww-hh-section">
      <Heading level={2} id="hh-poverty">
        {t('huishoudens.poverty.title')}
      </Heading>
      <Alert type="info">
        <Paragraph>{wordMessage(t, POVERTY_TYPE_NOTICE)}</Paragraph>
      </Alert>
      {outcome.povertyTypes.length === 0 ? (
        <Paragraph>{t('huishoudens.poverty.none')}</Paragraph>
      ) : (
        outcome.povertyTypes.map((p) => (
          <div key={p.type} className="ww-hh-card">
            <Heading level={3} className="ww-heading-small">
              {t('huishoudens.poverty.typeHeading', {
                type: t(`kapitaalscan.povertyType.${p.type}`),
              })}
            </Heading>
            <Paragraph>{p.summary[lang]}</Paragraph>
            <Paragraph>{t('huishoudens.poverty.reasons')}</Paragraph>
            <UnorderedList>
              {p.reasons.map((r, i) => (
                <UnorderedListItem key={i}>{r[lang]}</UnorderedListItem>
              ))}
            </UnorderedList>
          </div>
        ))
      )}
    </section>
  );
}

const aspectTitle = (a: Pick<AspectChange, 'title' | 'titleEn'>, lang: 'nl' | 'en') =>
  textIn(lang, a, 'title');

function ProfileLists({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const title = (x: { title: string; titleEn: string; childRef?: string }) =>
    x.childRef
      ? t('huishoudens.profile.ofChild', { title: aspectTitle(x, lang), ref: x.childRef })
      : aspectTitle(x, lang);
  const allAspects = [
    ...profile.capitals.flatMap((c) => c.aspects),
    ...profile.children.flatMap((c) => c.aspects),
  ];
  const byId = new Map(allAspects.map((a) => [a.aspectId, a]));
  return (
    <div className="ww-hh-lists">
      <div>
        <Heading level={3} className="ww-heading-small">
          {t('huishoudens.profile.strengths')}
        </Heading>
        {profile.strengths.length === 0 ? (
          <Paragraph>{t('huishoudens.profile.noStrengths')}</Paragraph>
        ) : (
          <UnorderedList>
            {profile.strengths.map((s) => (
              <UnorderedListItem key={`${s.childRef ?? ''}${s.aspectId}`}>
                {title(s)}
                {s.note ? `: “${s.note}”` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </div>
      <div>
        <Heading level={3} className="ww-heading-small">
          {t('huishoudens.profile.wantsToWorkOn')}
        </Heading>
        {profile.wantsToWorkOn.length === 0 ? (
          <Paragraph>{t('huishoudens.profile.noWants')}</Paragraph>
        ) : (
          <UnorderedList>
            {profile.wantsToWorkOn.map((s) => (
              <UnorderedListItem key={`${s.childRef ?? ''}${s.aspectId}`}>
                {title(s)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </div>
      {profile.ratingDifferences.length > 0 && (
        <div>
          <Heading level={3} className="ww-heading-small">
            {t('huishoudens.profile.differences')}
          </Heading>
          <UnorderedList>
            {profile.ratingDifferences.map((d) => {
              const a = byId.get(d.aspectId);
              return (
                <UnorderedListItem key={`${d.childRef ?? ''}${d.aspectId}`}>
                  {t('huishoudens.profile.difference', {
                    title: a
                      ? title({ ...a, ...(d.childRef ? { childRef: d.childRef } : {}) })
                      : d.aspectId,
                    household: d.householdScore,
                    professional: d.professionalScore,
                  })}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        </div>
      )}
    </div>
  );
}

function ChangeTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: { key: string; name: string; c: Parameters<typeof changeParts>[0] }[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Table className="ww-hh-change">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{head}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.change.column')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ key, name, c }) => {
          const p = changeParts(c, lang);
          return (
            <TableRow key={key}>
              <TableHeaderCell scope="row">{name}</TableHeaderCell>
              <TableCell>
                {t('huishoudens.change.text', {
                  from: p.from,
                  to: p.to,
                  direction: t(p.direction),
                })}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
