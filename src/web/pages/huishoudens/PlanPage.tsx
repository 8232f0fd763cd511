import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Plan } from '../../../contract/households';
import { referralStatuses } from '../../../contract/households';
import { CAPITALS } from '../../../domain/assessment/types';
import { useLabel } from '../../api/catalogue';
import { ApiError } from '../../api/client';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useLanguage } from '../../hooks/useLanguage';
import { CheckboxField } from '../check/fields';
import { HouseholdNav, InterventionName, useHousehold } from './common';
import {
  householdChanges,
  fetchPlan,
  fetchProfile,
  householdKeys,
  householdPaths,
  type HouseholdDetail,
  type PlanView,
} from './households-api';
import { PlanPrint } from './PlanPrint';
import {
  addReferral,
  hasOpenReferral,
  newId,
  planBody,
  planProblems,
  type Goal,
  type Referral,
} from './plan-form';

/** The household's plan: goals in its own words, small steps, referrals, actions, review date. */
export function PlanPage() {
  const { id = '' } = useParams();
  const household = useHousehold(id);
  const plan = useQuery({ queryKey: householdKeys.plan(id), queryFn: () => fetchPlan(id) });
  return (
    <QueryState query={household}>
      {(h) => (
        <QueryState query={plan}>{(p) => <PlanEditor household={h} initial={p} />}</QueryState>
      )}
    </QueryState>
  );
}

/** Moves focus to an element that was just added, once it is on the page. */
function focusSoon(name: string) {
  setTimeout(() => document.getElementById(fieldId(name))?.focus(), 0);
}

function PlanEditor({ household: h, initial }: { household: HouseholdDetail; initial: PlanView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  const client = useQueryClient();
  const [plan, setPlan] = useState<Plan>(initial.plan);
  const [version, setVersion] = useState(initial.version);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty, t('common.leaveUnsaved'));
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const { errors, fromError, setFieldErrors, clear, summaryRef } = useFormErrors();
  const outcome = useQuery({
    queryKey: householdKeys.profile(h.id),
    queryFn: () => fetchProfile(h.id),
  });
  const matches = outcome.data && 'matches' in outcome.data ? outcome.data.matches.matches : [];
  const [pick, setPick] = useState('');

  const change = (f: (p: Plan) => Plan) => {
    setPlan(f);
    setDirty(true);
    setMessage(null);
  };
  const setGoal = (i: number, c: Partial<Goal>) =>
    change((p) => ({ ...p, goals: p.goals.map((g, j) => (j === i ? { ...g, ...c } : g)) }));
  const setStep = (i: number, k: number, c: Partial<Goal['steps'][number]>) =>
    change((p) => ({
      ...p,
      goals: p.goals.map((g, j) =>
        j === i ? { ...g, steps: g.steps.map((s, l) => (l === k ? { ...s, ...c } : s)) } : g,
      ),
    }));
  const setReferral = (i: number, c: Partial<Referral>) =>
    change((p) => ({
      ...p,
      referrals: p.referrals.map((r, j) => (j === i ? { ...r, ...c } : r)),
    }));
  const setAction = (i: number, c: Partial<Plan['actions'][number]>) =>
    change((p) => ({ ...p, actions: p.actions.map((a, j) => (j === i ? { ...a, ...c } : a)) }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const problems = planProblems(plan);
    if (Object.keys(problems).length > 0) {
      setFieldErrors(Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, t(k)])));
      return;
    }
    try {
      const saved = await householdChanges.savePlan(h.id, planBody(plan, version));
      clear();
      setPlan(saved.plan);
      setVersion(saved.version);
      setDirty(false);
      setMessage(t('huishoudens.plan.saved', { version: saved.version }));
      client.setQueryData(householdKeys.plan(h.id), saved);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.some((f) => f.field === 'version'))
        setStale(true);
      fromError(error);
    }
  };

  const reload = async () => {
    const fresh = await client.fetchQuery({
      queryKey: householdKeys.plan(h.id),
      queryFn: () => fetchPlan(h.id),
      staleTime: 0,
    });
    setPlan(fresh.plan);
    setVersion(fresh.version);
    setDirty(false);
    setStale(false);
    clear();
  };

  const labels: Record<string, string> = {
    version: t('huishoudens.plan.versionField'),
    reviewDate: t('huishoudens.plan.reviewDate'),
  };
  plan.goals.forEach((g, i) => {
    labels[`goals.${i}.capital`] = t('huishoudens.plan.goalCapital', { n: i + 1 });
    labels[`goals.${i}.text`] = t('huishoudens.plan.goalText', { n: i + 1 });
    g.steps.forEach((_, k) => {
      const ctx = { n: i + 1, m: k + 1 };
      labels[`goals.${i}.steps.${k}.text`] = t('huishoudens.plan.stepText', ctx);
      labels[`goals.${i}.steps.${k}.who`] = t('huishoudens.plan.stepWho', ctx);
      labels[`goals.${i}.steps.${k}.when`] = t('huishoudens.plan.stepWhen', ctx);
    });
  });
  plan.referrals.forEach((_, i) => {
    labels[`referrals.${i}.status`] = t('huishoudens.plan.referralStatus', { n: i + 1 });
    labels[`referrals.${i}.stopReason`] = t('huishoudens.plan.stopReason', { n: i + 1 });
    labels[`referrals.${i}.note`] = t('huishoudens.plan.referralNote', { n: i + 1 });
    labels[`referrals.${i}.interventionId`] = t('huishoudens.plan.referral', { n: i + 1 });
  });
  plan.actions.forEach((_, i) => {
    labels[`actions.${i}.text`] = t('huishoudens.plan.actionText', { n: i + 1 });
  });
  const err = (f: string) => errors.fields[f];
  const canAdd = matches.filter((m) => !hasOpenReferral(plan, m.interventionId));

  return (
    <>
      <PageTitle title={t('huishoudens.plan.title', { label: h.label })} />
      <HouseholdNav id={h.id} label={h.label} />
      <div className="ww-plan-screen">
        <Heading level={1}>{t('huishoudens.plan.title', { label: h.label })}</Heading>
        <Paragraph lead>{t('huishoudens.plan.intro')}</Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="button" onClick={() => window.print()}>
            {t('huishoudens.plan.print')}
          </Button>
          <Link
            href={householdPaths.planPdf(h.id, lang)}
            download
            className="utrecht-button utrecht-button--secondary-action ww-button-link"
          >
            {t('huishoudens.plan.pdf')}
          </Link>
        </ButtonGroup>
        {dirty && <Paragraph className="ww-muted">{t('huishoudens.plan.unsaved')}</Paragraph>}
        {message && <StatusMessage>{message}</StatusMessage>}
        {stale && (
          <Alert type="warning">
            <Paragraph>{t('huishoudens.plan.stale')}</Paragraph>
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => void reload()}
            >
              {t('huishoudens.plan.reload')}
            </Button>
          </Alert>
        )}
        <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
        <form onSubmit={(e) => void save(e)} noValidate className="ww-form ww-plan-form">
          <section aria-labelledby="plan-goals">
            <Heading level={2} id="plan-goals">
              {t('huishoudens.plan.goals')}
            </Heading>
            {plan.goals.length === 0 && <Paragraph>{t('huishoudens.plan.noGoals')}</Paragraph>}
            {plan.goals.map((g, i) => (
              <Fieldset key={g.id} className="ww-plan-goal">
                <FieldsetLegend>{t('huishoudens.plan.goal', { n: i + 1 })}</FieldsetLegend>
                <SelectField
                  name={`goals.${i}.capital`}
                  label={t('huishoudens.plan.goalCapital', { n: i + 1 })}
                  value={g.capital}
                  onChange={(v) => setGoal(i, { capital: v as Goal['capital'] })}
                  options={CAPITALS.map((c) => ({ value: c, label: label('capitals', c) }))}
                  error={err(`goals.${i}.capital`)}
                />
                <TextAreaField
                  name={`goals.${i}.text`}
                  label={t('huishoudens.plan.goalText', { n: i + 1 })}
                  description={t('huishoudens.plan.goalHint')}
                  value={g.text}
                  rows={2}
                  maxLength={500}
                  onChange={(text) => setGoal(i, { text })}
                  error={err(`goals.${i}.text`)}
                />
                {g.steps.map((s, k) => {
                  const ctx = { n: i + 1, m: k + 1 };
                  return (
                    <Fieldset key={s.id} className="ww-plan-step">
                      <FieldsetLegend>{t('huishoudens.plan.step', ctx)}</FieldsetLegend>
                      <TextField
                        name={`goals.${i}.steps.${k}.text`}
                        label={t('huishoudens.plan.stepText', ctx)}
                        value={s.text}
                        maxLength={300}
                        onChange={(text) => setStep(i, k, { text })}
                        error={err(`goals.${i}.steps.${k}.text`)}
                      />
                      <div className="ww-row">
                        <TextField
                          name={`goals.${i}.steps.${k}.who`}
                          label={t('huishoudens.plan.stepWho', ctx)}
                          value={s.who}
                          maxLength={80}
                          onChange={(who) => setStep(i, k, { who })}
                          error={err(`goals.${i}.steps.${k}.who`)}
                        />
                        <TextField
                          name={`goals.${i}.steps.${k}.when`}
                          type="date"
                          label={t('huishoudens.plan.stepWhen', ctx)}
                          value={s.when ?? ''}
                          onChange={(when) => setStep(i, k, { when: when || null })}
                          error={err(`goals.${i}.steps.${k}.when`)}
                        />
                      </div>
                      <CheckboxField
                        name={`goals.${i}.steps.${k}.done`}
                        label={t('huishoudens.plan.stepDone', ctx)}
                        checked={s.done}
                        onChange={(done) => setStep(i, k, { done })}
                      />
                      <Button
                        appearance="subtle-button"
                        type="button"
                        onClick={() => {
                          change((p) => ({
                            ...p,
                            goals: p.goals.map((x, j) =>
                              j === i ? { ...x, steps: x.steps.filter((_, l) => l !== k) } : x,
                            ),
                          }));
                          focusSoon(`add-step-${i}`);
                        }}
                      >
                        {t('huishoudens.plan.removeStep', ctx)}
                      </Button>
                    </Fieldset>
                  );
                })}
                <ButtonGroup>
                  <Button
                    appearance="secondary-action-button"
                    type="button"
                    id={fieldId(`add-step-${i}`)}
                    onClick={() => {
                      change((p) => ({
                        ...p,
                        goals: p.goals.map((x, j) =>
                          j === i
                            ? {
                                ...x,
                                steps: [
                                  ...x.steps,
                                  { id: newId('s'), text: '', who: '', when: null, done: false },
                                ],
                              }
                            : x,
                        ),
                      }));
                      focusSoon(`goals.${i}.steps.${g.steps.length}.text`);
                    }}
                  >
                    {t('huishoudens.plan.addStep', { n: i + 1 })}
                  </Button>
                  <Button
                    appearance="subtle-button"
                    type="button"
                    onClick={() => {
                      change((p) => ({ ...p, goals: p.goals.filter((_, j) => j !== i) }));
                      focusSoon('add-goal');
                    }}
                  >
                    {t('huishoudens.plan.removeGoal', { n: i + 1 })}
                  </Button>
                </ButtonGroup>
              </Fieldset>
            ))}
            <Button
              appearance="secondary-action-button"
              type="button"
              id={fieldId('add-goal')}
              onClick={() => {
                change((p) => ({
                  ...p,
                  goals: [
                    ...p.goals,
                    { id: newId('g'), capital: 'economisch', text: '', steps: [] },
                  ],
                }));
                focusSoon(`goals.${plan.goals.length}.capital`);
              }}
            >
              {t('huishoudens.plan.addGoal')}
            </Button>
          </section>

          <section aria-labelledby="plan-referrals">
            <Heading level={2} id="plan-referrals">
              {t('huishoudens.plan.referrals')}
            </Heading>
            {plan.referrals.length === 0 && (
              <Paragraph>{t('huishoudens.plan.noReferrals')}</Paragraph>
            )}
            {plan.referrals.map((r, i) => (
              <Fieldset key={r.id} className="ww-plan-referral">
                <FieldsetLegend>
                  <InterventionName id={r.interventionId} />
                </FieldsetLegend>
                <SelectField
                  name={`referrals.${i}.status`}
                  label={t('huishoudens.plan.referralStatus', { n: i + 1 })}
                  value={r.status}
                  onChange={(v) => setReferral(i, { status: v as Referral['status'] })}
                  options={referralStatuses.map((s) => ({
                    value: s,
                    label: t(`huishoudens.plan.statuses.${s}`),
                  }))}
                  error={err(`referrals.${i}.status`) ?? err(`referrals.${i}.interventionId`)}
                />
                {r.status === 'gestopt' && (
                  <TextField
                    name={`referrals.${i}.stopReason`}
                    label={t('huishoudens.plan.stopReason', { n: i + 1 })}
                    value={r.stopReason ?? ''}
                    maxLength={300}
                    onChange={(stopReason) => setReferral(i, { stopReason })}
                    error={err(`referrals.${i}.stopReason`)}
                  />
                )}
                <TextField
                  name={`referrals.${i}.note`}
                  label={t('huishoudens.plan.referralNote', { n: i + 1 })}
                  value={r.note ?? ''}
                  maxLength={300}
                  onChange={(note) => setReferral(i, { note })}
                  error={err(`referrals.${i}.note`)}
                />
                <Button
                  appearance="subtle-button"
                  type="button"
                  onClick={() => {
                    change((p) => ({ ...p, referrals: p.referrals.filter((_, j) => j !== i) }));
                    focusSoon('referral-pick');
                  }}
                >
                  {t('huishoudens.plan.removeReferral', { n: i + 1 })}
                </Button>
              </Fieldset>
            ))}
            <div className="ww-row">
              <SelectField
                name="referral-pick"
                label={t('huishoudens.plan.pickMatch')}
                description={matches.length === 0 ? t('huishoudens.plan.pickMatchNone') : undefined}
                value={pick}
                onChange={setPick}
                options={[
                  { value: '', label: t('huishoudens.form.choose') },
                  ...canAdd.map((m) => ({ value: m.interventionId, label: m.name })),
                ]}
              />
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() => {
                  const m = matches.find((x) => x.interventionId === pick);
                  if (!m) return;
                  change((p) => addReferral(p, m.interventionId, m.localOfferIds[0] ?? null).plan);
                  setPick('');
                  focusSoon(`referrals.${plan.referrals.length}.status`);
                }}
              >
                {t('huishoudens.plan.addReferral')}
              </Button>
            </div>
          </section>

          <section aria-labelledby="plan-actions">
            <Heading level={2} id="plan-actions">
              {t('huishoudens.plan.actions')}
            </Heading>
            <Paragraph>{t('huishoudens.plan.actionsIntro')}</Paragraph>
            <Paragraph>
              <RouterLink to="/levensgebeurtenissen">{t('huishoudens.plan.lifeEvents')}</RouterLink>
            </Paragraph>
            {plan.actions.map((a, i) => (
              <div key={a.id} className="ww-row ww-plan-action">
                <TextField
                  name={`actions.${i}.text`}
                  label={t('huishoudens.plan.actionText', { n: i + 1 })}
                  value={a.text}
                  maxLength={300}
                  onChange={(text) => setAction(i, { text })}
                  error={err(`actions.${i}.text`)}
                />
                <CheckboxField
                  name={`actions.${i}.done`}
                  label={t('huishoudens.plan.actionDone', { n: i + 1 })}
                  checked={a.done}
                  onChange={(done) => setAction(i, { done })}
                />
                <Button
                  appearance="subtle-button"
                  type="button"
                  onClick={() => {
                    change((p) => ({ ...p, actions: p.actions.filter((_, j) => j !== i) }));
                    focusSoon('add-action');
                  }}
                >
                  {t('huishoudens.plan.removeAction', { n: i + 1 })}
                </Button>
              </div>
            ))}
            <Button
              appearance="secondary-action-button"
              type="button"
              id={fieldId('add-action')}
              onClick={() => {
                change((p) => ({
                  ...p,
                  actions: [
                    ...p.actions,
                    { id: newId('a'), schemeId: null, text: '', done: false },
                  ],
                }));
                focusSoon(`actions.${plan.actions.length}.text`);
              }}
            >
              {t('huishoudens.plan.addAction')}
            </Button>
          </section>

          <section aria-labelledby="plan-review">
            <Heading level={2} id="plan-review">
              {t('huishoudens.plan.reviewTitle')}
            </Heading>
            <TextField
              name="reviewDate"
              type="date"
              label={t('huishoudens.plan.reviewDate')}
              value={plan.reviewDate ?? ''}
              onChange={(v) => change((p) => ({ ...p, reviewDate: v || null }))}
              error={err('reviewDate')}
            />
          </section>
          <div>
            <Button appearance="primary-action-button" type="submit">
              {t('huishoudens.plan.save')}
            </Button>
          </div>
        </form>
      </div>
      <PlanPrint label={h.label} plan={plan} />
    </>
  );
}
