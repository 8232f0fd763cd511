import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { Plan } from '../../../contract/households';
import type { ReceivingTeam } from '../../../contract/partner-teams';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TeamTargetSelect } from '../../components/TeamTargetSelect';
import { TextAreaField } from '../../components/TextAreaField';
import { useSave } from '../../hooks/useSave';
import { CheckboxField } from '../check/fields';
import { HouseholdNav, useHousehold } from '../huishoudens/common';
import { fetchPlan, hasActiveConsent, householdKeys } from '../huishoudens/households-api';
import { fetchTargets, referralKeys, sendReferral } from './referrals-api';

const P = 'referral-';

/** Refer the household to another team: with its consent, a message and the parts it shares. */
export function SendReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const household = useHousehold(id);
  const plan = useQuery({ queryKey: householdKeys.plan(id), queryFn: () => fetchPlan(id) });
  const targets = useQuery({ queryKey: referralKeys.targets(id), queryFn: () => fetchTargets(id) });
  return (
    <QueryState query={household}>
      {(h) => (
        <>
          <PageTitle title={t('overdracht.send.title', { label: h.label })} />
          <HouseholdNav id={h.id} label={h.label} />
          <Heading level={1}>{t('overdracht.send.title', { label: h.label })}</Heading>
          <Paragraph lead>{t('overdracht.send.intro')}</Paragraph>
          {!hasActiveConsent(h, 'delen-met-partners') && (
            <Alert type="warning">
              <Paragraph>{t('overdracht.problem.noConsent')}</Paragraph>
              <Paragraph>
                <RouterLink to={`/huishoudens/${h.id}`}>
                  {t('overdracht.send.toConsent')}
                </RouterLink>
              </Paragraph>
            </Alert>
          )}
          <QueryState query={targets}>
            {({ items }) => (
              <QueryState query={plan}>
                {({ plan: p }) =>
                  items.length === 0 ? (
                    <Paragraph>{t('overdracht.send.noTargets')}</Paragraph>
                  ) : (
                    <SendForm householdId={h.id} targets={items} goals={p.goals} />
                  )
                }
              </QueryState>
            )}
          </QueryState>
        </>
      )}
    </QueryState>
  );
}

type Chosen = Record<string, string[]>;

function SendForm({
  householdId,
  targets,
  goals,
}: {
  householdId: string;
  targets: ReceivingTeam[];
  goals: Plan['goals'];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [teamId, setTeamId] = useState(targets[0]!.teamId);
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<Chosen>({});
  const { errors, summaryRef, save, busy } = useSave(
    () =>
      sendReferral(householdId, {
        teamId,
        message,
        goals: Object.entries(chosen).map(([goalId, stepIds]) => ({ goalId, stepIds })),
      }),
    async ({ id }) => {
      await client.invalidateQueries({ queryKey: referralKeys.all });
      await navigate(`/overdrachten/${id}`);
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(undefined);
  };
  return (
    <form onSubmit={submit} className="ww-form" noValidate>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        idPrefix={P}
        labels={{ teamId: t('overdracht.send.team'), message: t('overdracht.send.message') }}
      />
      <TeamTargetSelect
        idPrefix={P}
        label={t('overdracht.send.team')}
        targets={targets}
        value={teamId}
        onChange={setTeamId}
        error={errors.fields.teamId}
      />
      <TextAreaField
        idPrefix={P}
        name="message"
        label={t('overdracht.send.message')}
        description={t('overdracht.send.messageHint')}
        value={message}
        onChange={setMessage}
        maxLength={1000}
        error={errors.fields.message}
      />
      <GoalChoice goals={goals} chosen={chosen} setChosen={setChosen} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" disabled={busy}>
          {t('overdracht.send.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The goals of the plan, each with its steps once chosen: only what the household shares. */
function GoalChoice({
  goals,
  chosen,
  setChosen,
}: {
  goals: Plan['goals'];
  chosen: Chosen;
  setChosen: (update: (c: Chosen) => Chosen) => void;
}) {
  const { t } = useTranslation();
  const toggleGoal = (goalId: string, on: boolean) =>
    setChosen(({ [goalId]: _, ...rest }) => (on ? { ...rest, [goalId]: [] } : rest));
  const toggleStep = (goalId: string, stepId: string, on: boolean) =>
    setChosen((c) => ({
      ...c,
      [goalId]: on ? [...(c[goalId] ?? []), stepId] : (c[goalId] ?? []).filter((s) => s !== stepId),
    }));
  return (
    <fieldset>
      <legend>{t('overdracht.send.goals')}</legend>
      <Paragraph>
        {t(goals.length ? 'overdracht.send.goalsHint' : 'overdracht.send.noPlan')}
      </Paragraph>
      {goals.map((goal) => (
        <div key={goal.id}>
          <CheckboxField
            name={`${P}goal-${goal.id}`}
            label={goal.text}
            checked={goal.id in chosen}
            onChange={(on) => toggleGoal(goal.id, on)}
          />
          {goal.id in chosen &&
            goal.steps.map((step) => (
              <div key={step.id} style={{ marginInlineStart: '2rem' }}>
                <CheckboxField
                  name={`${P}step-${goal.id}-${step.id}`}
                  label={t('overdracht.page.step', { text: step.text, who: step.who })}
                  checked={chosen[goal.id]!.includes(step.id)}
                  onChange={(on) => toggleStep(goal.id, step.id, on)}
                />
              </div>
            ))}
        </div>
      ))}
    </fieldset>
  );
}
