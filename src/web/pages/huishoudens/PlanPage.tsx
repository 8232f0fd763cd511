import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Plan } from '../../../contract/households';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { HouseholdNav, useHousehold } from './common';
import {
  householdChanges,
  fetchPlan,
  householdKeys,
  householdPaths,
  type HouseholdDetail,
  type PlanView,
} from './households-api';
import { planLabels } from './plan-edits';
import { planBody, planProblems } from './plan-form';
import { PlanPrint } from './PlanPrint';
import { ActionsSection, GoalsSection, ReferralsSection } from './PlanSections';

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

/**
 * The plan being edited, unsaved until the user saves: saving sends the version it started from,
 * and when someone else saved in between the page offers to reload (`stale`).
 */
function usePlanEditor(h: HouseholdDetail, initial: PlanView) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [plan, setPlan] = useState<Plan>(initial.plan);
  const [version, setVersion] = useState(initial.version);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty, t('common.leaveUnsaved'));
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const saving = useSave(
    async (body: ReturnType<typeof planBody>) => {
      try {
        return await householdChanges.savePlan(h.id, body);
      } catch (error) {
        if (error instanceof ApiError && error.fieldErrors.some((f) => f.field === 'version'))
          setStale(true);
        throw error;
      }
    },
    (saved) => {
      setPlan(saved.plan);
      setVersion(saved.version);
      setDirty(false);
      setMessage(t('huishoudens.plan.saved', { version: saved.version }));
      client.setQueryData(householdKeys.plan(h.id), saved);
    },
  );

  const change = (f: (p: Plan) => Plan) => {
    setPlan(f);
    setDirty(true);
    setMessage(null);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const problems = planProblems(plan);
    if (Object.keys(problems).length > 0) {
      saving.setFieldErrors(
        Object.fromEntries(Object.entries(problems).map(([f, k]) => [f, t(k)])),
      );
      return;
    }
    saving.save(planBody(plan, version));
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
    saving.clear();
  };
  return { plan, change, dirty, message, stale, save, reload, saving };
}

function PlanEditor({ household: h, initial }: { household: HouseholdDetail; initial: PlanView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { plan, change, dirty, message, stale, save, reload, saving } = usePlanEditor(h, initial);
  const { errors, summaryRef } = saving;
  const err = (f: string) => errors.fields[f];
  const sections = { plan, change, err };

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
        <ErrorSummary errors={errors} summaryRef={summaryRef} labels={planLabels(plan, t)} />
        <form onSubmit={save} noValidate className="ww-form ww-plan-form">
          <GoalsSection {...sections} />
          <ReferralsSection {...sections} householdId={h.id} />
          <ActionsSection {...sections} />
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
