import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { GemeenteConfig } from '../../../domain/benefits';
import { ApiError } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { fetchGemeenteConfig, gemeenteKey } from '../check/check-api';
import { CheckStepForm, useCheckFlow } from '../check/check-flow';
import { activeSteps, type CheckAnswers } from '../check/check-form';
import type { CheckOutcome } from '../check/check-run';
import { CheckResults } from '../check/CheckResults';
import '../check/check.css';
import { planCandidates, prefillCheck, type PlanCandidate } from './check-prefill';
import { HouseholdNav, todayIso, useHousehold } from './common';
import { householdChanges, fetchPlan, householdKeys, type HouseholdDetail } from './households-api';
import { addActions, planBody } from './plan-form';
import { failureNote, PlanMessage, usePlanMessage } from './PlanMessage';

// The voorzieningencheck for a household in Wegwijs: the same steps, engine and results as the
// resident page (computed here, in the browser), prefilled from the household record. The worker
// adds incomes, rent and savings, marks what the household already receives, and puts the
// chosen schemes into the plan as actions. The answers themselves are not stored.

export function HouseholdCheckPage() {
  const { id = '' } = useParams();
  const household = useHousehold(id);
  const code = household.data?.data.gemeente.code ?? '';
  const config = useQuery({
    queryKey: gemeenteKey(code),
    enabled: code !== '',
    staleTime: 300_000,
    // A gemeente without schemes set up answers 404: then only the national schemes count.
    queryFn: async (): Promise<GemeenteConfig | null> => {
      try {
        return await fetchGemeenteConfig(code);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  return (
    <QueryState query={household}>
      {(h) => (
        <QueryState query={config}>
          {(c) => <ProfessionalCheck household={h} config={c} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function ProfessionalCheck({
  household: h,
  config,
}: {
  household: HouseholdDetail;
  config: GemeenteConfig | null;
}) {
  const { t } = useTranslation();
  const peildatum = useMemo(todayIso, []);
  const fresh = () => prefillCheck(h.data, peildatum);
  const [answers, setAnswers] = useState<CheckAnswers>(fresh);
  // The gemeente comes from the household record: no need to ask it.
  const steps = activeSteps(answers, peildatum).filter((s) => s !== 'gemeente');
  const flow = useCheckFlow({ answers, steps, peildatum, config });
  const { view, outcome, headingRef } = flow;

  const restart = () => {
    setAnswers(fresh());
    flow.reset();
  };

  const title =
    typeof view === 'number'
      ? t('huishoudens.check.titleStep', { label: h.label, step: view + 1, total: steps.length })
      : t('huishoudens.check.title', { label: h.label });

  return (
    <>
      <PageTitle title={title} />
      <HouseholdNav id={h.id} label={h.label} />
      <div className="ww-check">
        <Heading level={1}>{t('huishoudens.check.title', { label: h.label })}</Heading>
        <Alert type="info" className="ww-check-privacy">
          <Paragraph>{t('huishoudens.check.privacy')}</Paragraph>
        </Alert>

        {view === 'intro' && (
          <CheckIntro household={h} config={config} headingRef={headingRef} onStart={flow.start} />
        )}

        {typeof view === 'number' && (
          <CheckStepForm
            flow={flow}
            view={view}
            steps={steps}
            title={
              steps[view] === 'received'
                ? t('huishoudens.check.receivedTitle')
                : t(`check.steps.${steps[view]}`)
            }
            answers={answers}
            update={setAnswers}
            peildatum={peildatum}
            config={config}
          />
        )}

        {view === 'result' && outcome && (
          <>
            <Heading level={2} ref={headingRef} tabIndex={-1} className="ww-no-print">
              {t('huishoudens.check.resultTitle', { label: h.label })}
            </Heading>
            <ToPlan household={h} outcome={outcome.outcome} />
            <CheckResults
              outcome={outcome.outcome}
              assumptions={outcome.assumptions}
              onChange={() => flow.go(0)}
              onRestart={restart}
            />
          </>
        )}
      </div>
    </>
  );
}

/** What the check starts with: what is already filled in from the household record. */
function CheckIntro({
  household: h,
  config,
  headingRef,
  onStart,
}: {
  household: HouseholdDetail;
  config: GemeenteConfig | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={2} ref={headingRef} tabIndex={-1}>
        {t('huishoudens.check.introTitle')}
      </Heading>
      <Paragraph lead>{t('huishoudens.check.intro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          {t('huishoudens.check.prefilledGemeente', {
            gemeente: h.data.gemeente.name,
          })}
        </UnorderedListItem>
        <UnorderedListItem>
          {t('huishoudens.check.prefilledPeople', {
            adults: h.data.adults.length,
            children: h.data.children.length,
          })}
        </UnorderedListItem>
      </UnorderedList>
      {config === null && (
        <Alert type="info">
          <Paragraph>
            {t('huishoudens.check.notConfigured', { gemeente: h.data.gemeente.name })}
          </Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" onClick={onStart}>
          {t('huishoudens.check.start')}
        </Button>
      </ButtonGroup>
    </>
  );
}

/** Adds the chosen actions to the latest plan (saving only when something is new). */
async function addChosenToPlan(householdId: string, items: { schemeId: string; text: string }[]) {
  const current = await fetchPlan(householdId);
  const { plan: next, added } = addActions(current.plan, items);
  const saved =
    added.length > 0
      ? await householdChanges.savePlan(householdId, planBody(next, current.version))
      : current;
  return { saved, added };
}

/** Put the chosen schemes into the plan as actions ('Huurtoeslag aanvragen'). */
function ToPlan({ household: h, outcome }: { household: HouseholdDetail; outcome: CheckOutcome }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const plan = useQuery({ queryKey: householdKeys.plan(h.id), queryFn: () => fetchPlan(h.id) });
  const candidates = plan.data ? planCandidates(outcome.result.schemes, plan.data.plan) : [];
  const open = candidates.filter((c) => !c.inPlan);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const value = chosen ?? open.filter((c) => c.likely).map((c) => c.scheme);
  const note = usePlanMessage();
  const actionText = (name: string) => t('huishoudens.check.actionText', { name });

  const adding = useSave(
    (items: { schemeId: string; text: string }[]) => addChosenToPlan(h.id, items),
    ({ saved, added }) => {
      client.setQueryData(householdKeys.plan(h.id), saved);
      setChosen([]);
      note.show({ ok: true, text: t('huishoudens.check.added', { count: added.length }) });
    },
  );
  const save = () => {
    note.show(null);
    const items = open
      .filter((c) => value.includes(c.scheme))
      .map((c) => ({ schemeId: c.scheme, text: actionText(c.name) }));
    adding.save(items, { onError: (error) => note.show(failureNote(error, lang)) });
  };

  return (
    <section aria-labelledby="check-to-plan" className="ww-check-section ww-no-print">
      <Heading level={2} id="check-to-plan">
        {t('huishoudens.check.toPlanTitle')}
      </Heading>
      <PlanMessage householdId={h.id} note={note} />
      <QueryState query={plan}>
        {() => (
          <>
            {open.length === 0 ? (
              <Paragraph>{t('huishoudens.check.nothingToAdd')}</Paragraph>
            ) : (
              <ToPlanChoice
                open={open}
                value={value}
                onChange={setChosen}
                actionText={actionText}
                onSave={save}
              />
            )}
            {candidates.some((c) => c.inPlan) && (
              <Paragraph>
                {t('huishoudens.check.alreadyInPlan', {
                  names: candidates
                    .filter((c) => c.inPlan)
                    .map((c) => c.name)
                    .join(', '),
                })}
              </Paragraph>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

/** The open schemes to tick, and the button that adds them to the plan. */
function ToPlanChoice({
  open,
  value,
  onChange,
  actionText,
  onSave,
}: {
  open: PlanCandidate[];
  value: string[];
  onChange: (value: string[]) => void;
  actionText: (name: string) => string;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroup
        name="toPlan"
        legend={t('huishoudens.check.toPlanLegend')}
        options={open.map((c) => ({
          value: c.scheme,
          label: t(c.likely ? 'huishoudens.check.optionLikely' : 'huishoudens.check.optionMaybe', {
            action: actionText(c.name),
          }),
        }))}
        value={value}
        onChange={onChange}
      />
      <Button
        appearance="primary-action-button"
        type="button"
        disabled={value.length === 0}
        onClick={onSave}
      >
        {t('huishoudens.check.toPlan')}
      </Button>
    </>
  );
}
