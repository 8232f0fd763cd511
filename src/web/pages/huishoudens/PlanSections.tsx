import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Plan } from '../../../contract/households';
import { referralStatuses } from '../../../contract/households';
import { CAPITALS } from '../../../domain/assessment/types';
import { useLabel } from '../../api/catalogue';
import { fieldId } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CheckboxField } from '../check/fields';
import { InterventionName } from './common';
import { fetchProfile, householdKeys } from './households-api';
import { planEdits } from './plan-edits';
import { addReferral, hasOpenReferral, type Goal, type Referral } from './plan-form';

// The plan editor's sections. Each gets the plan, the page's one `change` and the field errors;
// after adding or removing an item focus moves to where the user goes next.

export type PlanSectionProps = {
  plan: Plan;
  change: (f: (p: Plan) => Plan) => void;
  err: (field: string) => string | undefined;
};

/** Moves focus to an element that was just added, once it is on the page. */
function focusSoon(name: string) {
  setTimeout(() => document.getElementById(fieldId(name))?.focus(), 0);
}

export function GoalsSection({ plan, change, err }: PlanSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-goals">
      <Heading level={2} id="plan-goals">
        {t('huishoudens.plan.goals')}
      </Heading>
      {plan.goals.length === 0 && <Paragraph>{t('huishoudens.plan.noGoals')}</Paragraph>}
      {plan.goals.map((g, i) => (
        <GoalFieldset key={g.id} goal={g} i={i} change={change} err={err} />
      ))}
      <Button
        appearance="secondary-action-button"
        type="button"
        id={fieldId('add-goal')}
        onClick={() => {
          change(planEdits.addGoal());
          focusSoon(`goals.${plan.goals.length}.capital`);
        }}
      >
        {t('huishoudens.plan.addGoal')}
      </Button>
    </section>
  );
}

function GoalFieldset({
  goal: g,
  i,
  change,
  err,
}: Omit<PlanSectionProps, 'plan'> & { goal: Goal; i: number }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Fieldset className="ww-plan-goal">
      <FieldsetLegend>{t('huishoudens.plan.goal', { n: i + 1 })}</FieldsetLegend>
      <SelectField
        name={`goals.${i}.capital`}
        label={t('huishoudens.plan.goalCapital', { n: i + 1 })}
        value={g.capital}
        onChange={(v) => change(planEdits.setGoal(i, { capital: v as Goal['capital'] }))}
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
        onChange={(text) => change(planEdits.setGoal(i, { text }))}
        error={err(`goals.${i}.text`)}
      />
      {g.steps.map((s, k) => (
        <StepFieldset key={s.id} step={s} i={i} k={k} change={change} err={err} />
      ))}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          type="button"
          id={fieldId(`add-step-${i}`)}
          onClick={() => {
            change(planEdits.addStep(i));
            focusSoon(`goals.${i}.steps.${g.steps.length}.text`);
          }}
        >
          {t('huishoudens.plan.addStep', { n: i + 1 })}
        </Button>
        <Button
          appearance="subtle-button"
          type="button"
          onClick={() => {
            change(planEdits.removeGoal(i));
            focusSoon('add-goal');
          }}
        >
          {t('huishoudens.plan.removeGoal', { n: i + 1 })}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}

function StepFieldset({
  step: s,
  i,
  k,
  change,
  err,
}: Omit<PlanSectionProps, 'plan'> & { step: Goal['steps'][number]; i: number; k: number }) {
  const { t } = useTranslation();
  const ctx = { n: i + 1, m: k + 1 };
  const name = (field: string) => `goals.${i}.steps.${k}.${field}`;
  return (
    <Fieldset className="ww-plan-step">
      <FieldsetLegend>{t('huishoudens.plan.step', ctx)}</FieldsetLegend>
      <TextField
        name={name('text')}
        label={t('huishoudens.plan.stepText', ctx)}
        value={s.text}
        maxLength={300}
        onChange={(text) => change(planEdits.setStep(i, k, { text }))}
        error={err(name('text'))}
      />
      <div className="ww-row">
        <TextField
          name={name('who')}
          label={t('huishoudens.plan.stepWho', ctx)}
          value={s.who}
          maxLength={80}
          onChange={(who) => change(planEdits.setStep(i, k, { who }))}
          error={err(name('who'))}
        />
        <TextField
          name={name('when')}
          type="date"
          label={t('huishoudens.plan.stepWhen', ctx)}
          value={s.when ?? ''}
          onChange={(when) => change(planEdits.setStep(i, k, { when: when || null }))}
          error={err(name('when'))}
        />
      </div>
      <CheckboxField
        name={name('done')}
        label={t('huishoudens.plan.stepDone', ctx)}
        checked={s.done}
        onChange={(done) => change(planEdits.setStep(i, k, { done }))}
      />
      <Button
        appearance="subtle-button"
        type="button"
        onClick={() => {
          change(planEdits.removeStep(i, k));
          focusSoon(`add-step-${i}`);
        }}
      >
        {t('huishoudens.plan.removeStep', ctx)}
      </Button>
    </Fieldset>
  );
}

export function ReferralsSection({
  plan,
  change,
  err,
  householdId,
}: PlanSectionProps & { householdId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-referrals">
      <Heading level={2} id="plan-referrals">
        {t('huishoudens.plan.referrals')}
      </Heading>
      {plan.referrals.length === 0 && <Paragraph>{t('huishoudens.plan.noReferrals')}</Paragraph>}
      {plan.referrals.map((r, i) => (
        <ReferralFieldset key={r.id} referral={r} i={i} change={change} err={err} />
      ))}
      <AddReferral plan={plan} change={change} householdId={householdId} />
    </section>
  );
}

function ReferralFieldset({
  referral: r,
  i,
  change,
  err,
}: Omit<PlanSectionProps, 'plan'> & { referral: Referral; i: number }) {
  const { t } = useTranslation();
  return (
    <Fieldset className="ww-plan-referral">
      <FieldsetLegend>
        <InterventionName id={r.interventionId} />
      </FieldsetLegend>
      <SelectField
        name={`referrals.${i}.status`}
        label={t('huishoudens.plan.referralStatus', { n: i + 1 })}
        value={r.status}
        onChange={(v) => change(planEdits.setReferral(i, { status: v as Referral['status'] }))}
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
          onChange={(stopReason) => change(planEdits.setReferral(i, { stopReason }))}
          error={err(`referrals.${i}.stopReason`)}
        />
      )}
      <TextField
        name={`referrals.${i}.note`}
        label={t('huishoudens.plan.referralNote', { n: i + 1 })}
        value={r.note ?? ''}
        maxLength={300}
        onChange={(note) => change(planEdits.setReferral(i, { note }))}
        error={err(`referrals.${i}.note`)}
      />
      <Button
        appearance="subtle-button"
        type="button"
        onClick={() => {
          change(planEdits.removeReferral(i));
          focusSoon('referral-pick');
        }}
      >
        {t('huishoudens.plan.removeReferral', { n: i + 1 })}
      </Button>
    </Fieldset>
  );
}

/** Pick one of the interventions that fit (from the profile) that is not yet in the plan. */
function AddReferral({
  plan,
  change,
  householdId,
}: Omit<PlanSectionProps, 'err'> & { householdId: string }) {
  const { t } = useTranslation();
  const outcome = useQuery({
    queryKey: householdKeys.profile(householdId),
    queryFn: () => fetchProfile(householdId),
  });
  const matches = outcome.data && 'matches' in outcome.data ? outcome.data.matches.matches : [];
  const canAdd = matches.filter((m) => !hasOpenReferral(plan, m.interventionId));
  const [pick, setPick] = useState('');
  return (
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
  );
}

export function ActionsSection({ plan, change, err }: PlanSectionProps) {
  const { t } = useTranslation();
  return (
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
            onChange={(text) => change(planEdits.setAction(i, { text }))}
            error={err(`actions.${i}.text`)}
          />
          <CheckboxField
            name={`actions.${i}.done`}
            label={t('huishoudens.plan.actionDone', { n: i + 1 })}
            checked={a.done}
            onChange={(done) => change(planEdits.setAction(i, { done }))}
          />
          <Button
            appearance="subtle-button"
            type="button"
            onClick={() => {
              change(planEdits.removeAction(i));
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
          change(planEdits.addAction());
          focusSoon(`actions.${plan.actions.length}.text`);
        }}
      >
        {t('huishoudens.plan.addAction')}
      </Button>
    </section>
  );
}
