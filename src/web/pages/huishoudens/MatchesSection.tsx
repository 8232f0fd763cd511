import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type {
  InterventionMatchView as InterventionMatch,
  MatchResultView as MatchResult,
} from '../../../contract/scan/views';
import { useLabel } from '../../api/catalogue';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { householdChanges, fetchPlan, householdKeys, type HouseholdDetail } from './households-api';
import { addReferral, hasOpenReferral, planBody } from './plan-form';
import { failureNote, PlanMessage, usePlanMessage } from './PlanMessage';

/** Interventions that fit, grouped by capital, each with its own reason; examples; combinations. */
export function MatchesSection({
  household,
  matches,
}: {
  household: HouseholdDetail;
  matches: MatchResult;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  const client = useQueryClient();
  const plan = useQuery({
    queryKey: householdKeys.plan(household.id),
    queryFn: () => fetchPlan(household.id),
  });
  const note = usePlanMessage();
  const adding = useSave(
    (m: InterventionMatch) => addReferralToPlan(household.id, m),
    async (saved, m) => {
      client.setQueryData(householdKeys.plan(household.id), saved);
      await client.invalidateQueries({ queryKey: householdKeys.one(household.id) });
      note.show({ ok: true, text: t('huishoudens.matches.added', { name: m.name }) });
    },
  );
  const addToPlan = (m: InterventionMatch) => {
    note.show(null);
    adding.save(m, { onError: (error) => note.show(failureNote(error, lang)) });
  };

  // The order is the matching's: capitals weakest-wanted first, within each core help first.
  const groups = matches.capitalOrder
    .map((capital) => ({ capital, list: matches.matches.filter((m) => m.capital === capital) }))
    .filter((g) => g.list.length > 0);
  return (
    <section aria-labelledby="hh-matches" className="ww-hh-section">
      <Heading level={2} id="hh-matches">
        {t('huishoudens.matches.title')}
      </Heading>
      <Paragraph>{t('huishoudens.matches.intro')}</Paragraph>
      <PlanMessage householdId={household.id} note={note} />
      {groups.length === 0 ? (
        <Paragraph>{t('huishoudens.matches.none')}</Paragraph>
      ) : (
        groups.map((g) => (
          <section key={g.capital} aria-labelledby={`hh-matches-${g.capital}`}>
            <Heading level={3} id={`hh-matches-${g.capital}`}>
              {label('capitals', g.capital)}
            </Heading>
            <ul className="ww-hh-matches">
              {g.list.map((m) => (
                <MatchCard
                  key={m.interventionId}
                  match={m}
                  inPlan={plan.data ? hasOpenReferral(plan.data.plan, m.interventionId) : false}
                  busy={adding.busy}
                  onAdd={() => addToPlan(m)}
                />
              ))}
            </ul>
          </section>
        ))
      )}
      {matches.practiceExamples.length > 0 && <PracticeExamples matches={matches} />}
      {matches.combinations.length > 0 && <Combinations matches={matches} />}
    </section>
  );
}

/** Adds a referral to the newest plan (so nobody's change is lost); the plan as it now is. */
async function addReferralToPlan(householdId: string, m: InterventionMatch) {
  const current = await fetchPlan(householdId);
  const { plan: next, added } = addReferral(
    current.plan,
    m.interventionId,
    m.localOfferIds[0] ?? null,
  );
  return added ? householdChanges.savePlan(householdId, planBody(next, current.version)) : current;
}

/** One intervention that fits: why, and adding it to the plan. */
function MatchCard({
  match: m,
  inPlan,
  busy,
  onAdd,
}: {
  match: InterventionMatch;
  inPlan: boolean;
  busy: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <li className="ww-hh-card">
      <Heading level={4} className="ww-heading-small">
        <RouterLink to={`/wegwijzer/interventie/${encodeURIComponent(m.interventionId)}`}>
          {m.name}
        </RouterLink>
      </Heading>
      {m.reasons.some((r) => r.code === 'core-help') && (
        <Paragraph className="ww-hh-tag">{t('huishoudens.matches.core')}</Paragraph>
      )}
      {m.isLocal && <Paragraph className="ww-hh-tag">{t('huishoudens.matches.local')}</Paragraph>}
      <Paragraph>{m.summary[lang]}</Paragraph>
      {m.reasons.length > 2 && (
        <details className="ww-hh-details">
          <summary>{t('huishoudens.matches.why', { name: m.name })}</summary>
          <UnorderedList>
            {m.reasons.map((r, i) => (
              <UnorderedListItem key={i}>{r[lang]}</UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      )}
      {inPlan ? (
        <Paragraph className="ww-hh-inplan">{t('huishoudens.matches.inPlan')}</Paragraph>
      ) : (
        <Button
          appearance="secondary-action-button"
          type="button"
          disabled={busy}
          aria-label={t('huishoudens.matches.addNamed', { name: m.name })}
          onClick={onAdd}
        >
          {t('huishoudens.matches.add')}
        </Button>
      )}
    </li>
  );
}

/** Where others did this: interventions with the places that practise them. */
function PracticeExamples({ matches }: { matches: MatchResult }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <Heading level={3}>{t('huishoudens.matches.examples')}</Heading>
      <Paragraph>{t('huishoudens.matches.examplesIntro')}</Paragraph>
      <UnorderedList>
        {matches.practiceExamples.map((e) => (
          <UnorderedListItem key={e.interventionId}>
            <RouterLink to={`/wegwijzer/interventie/${encodeURIComponent(e.interventionId)}`}>
              {e.name}
            </RouterLink>{' '}
            (
            {t('huishoudens.matches.examplePlace', {
              places: e.places.map((p) => p.name).join(', '),
            })}
            ). {e.summary[lang]}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

/** Strong capitals that can lift weak ones, with interventions that do both. */
function Combinations({ matches }: { matches: MatchResult }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  return (
    <>
      <Heading level={3}>{t('huishoudens.matches.combinations')}</Heading>
      <Paragraph>{t('huishoudens.matches.combinationsIntro')}</Paragraph>
      <ul className="ww-hh-matches">
        {matches.combinations.map((c) => (
          <li key={`${c.strong.capital}-${c.weak.capital}`} className="ww-hh-card">
            <Heading level={4} className="ww-heading-small">
              {t('huishoudens.matches.combination', {
                strong: label('capitals', c.strong.capital),
                weak: label('capitals', c.weak.capital),
              })}
            </Heading>
            <Paragraph>{c.reason[lang]}</Paragraph>
            {c.interventions.length > 0 && (
              <UnorderedList>
                {c.interventions.map((i) => (
                  <UnorderedListItem key={i.interventionId}>
                    <RouterLink
                      to={`/wegwijzer/interventie/${encodeURIComponent(i.interventionId)}`}
                    >
                      {i.name}
                    </RouterLink>
                    {i.isLocal ? ` (${t('huishoudens.matches.local')})` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
