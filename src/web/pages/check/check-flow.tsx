import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { configuredScheme, type GemeenteConfig } from '../../../domain/benefits';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../hooks/useFormErrors';
import { wordMessage } from '../../i18n/icu-format';
import {
  checkAnswers,
  stepOf,
  type BuildResult,
  type CheckAnswers,
  type FormIssue,
  type StepId,
} from './check-form';
import { runCheck, type CheckOutcome } from './check-run';
import { fieldLabels, stepComponents } from './CheckSteps';

// The step-by-step voorzieningencheck, shared by the resident page and the check for a household:
// which view shows (intro, a step, the results), checking each step before going on, and
// computing the outcome in the browser. The step is in the address (?stap=3) so the browser's
// back button works; the answers stay in the page that uses this.

const RESULT = 'uitkomst';

export type CheckView = number | 'intro' | 'result';

/** The view the address asks for (?stap=3). Without answers (a reload, or a link to a later
 * step) the check starts at the beginning. */
function viewOf(
  started: boolean,
  stap: string | null,
  hasOutcome: boolean,
  stepCount: number,
): CheckView {
  if (!started) return 'intro';
  if (stap === RESULT && hasOutcome) return 'result';
  if (stap && /^\d+$/.test(stap) && Number(stap) >= 1 && Number(stap) <= stepCount)
    return Number(stap) - 1;
  return 'intro';
}

/** The first step with a problem (the first step when none is placed). */
function firstStepWithIssue(steps: StepId[], issues: FormIssue[]): number {
  return Math.max(
    0,
    steps.findIndex((s) => issues.some((i) => stepOf(i.field) === s)),
  );
}

export function useCheckFlow(options: {
  answers: CheckAnswers;
  steps: StepId[];
  peildatum: string;
  config: GemeenteConfig | null;
  /** Runs when a step's answers are fine, before the next step (the resident page loads the
   * gemeente's schemes after the gemeente step). */
  afterStep?: (step: StepId) => Promise<void>;
}) {
  const { answers, steps, peildatum, config } = options;
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [started, setStarted] = useState(false);
  const [outcome, setOutcome] = useState<{
    outcome: CheckOutcome;
    assumptions: BuildResult['assumptions'];
  } | null>(null);
  const { errors, setFieldErrors, clear, summaryRef } = useFormErrors();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const view = viewOf(started, params.get('stap'), outcome !== null, steps.length);

  const go = (to: CheckView) => {
    clear();
    setParams(to === 'intro' ? {} : { stap: to === 'result' ? RESULT : String(to + 1) }, {
      preventScrollReset: false,
    });
    window.scrollTo(0, 0);
  };

  // A new step or the results: move focus to its heading, so a screen reader announces it.
  const hasErrors = Object.keys(errors.fields).length > 0 || errors.general !== null;
  useEffect(() => {
    if (!hasErrors) headingRef.current?.focus();
    // Only when the view changes, not on every error.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  const show = (issues: FormIssue[]) => {
    const fields: Record<string, string> = {};
    for (const i of issues) fields[i.field] ??= wordMessage(t, i);
    setFieldErrors(fields);
  };
  const referencePeriodMonths = config
    ? configuredScheme(config, 'individuele-inkomenstoeslag')?.reference_period_months
    : undefined;

  const next = async (event: FormEvent) => {
    event.preventDefault();
    if (typeof view !== 'number') return;
    const step = steps[view]!;
    const checked = checkAnswers(answers, peildatum, { referencePeriodMonths, step });
    if (!checked.ok) return show(checked.issues);
    await options.afterStep?.(step);
    if (view < steps.length - 1) return go(view + 1);
    // Last step: check everything once more, then compute.
    const all = checkAnswers(answers, peildatum, { referencePeriodMonths });
    if (!all.ok) {
      const first = firstStepWithIssue(steps, all.issues);
      go(first);
      show(all.issues.filter((i) => stepOf(i.field) === steps[first]));
      return;
    }
    setOutcome({
      outcome: runCheck(all.input, peildatum, config, t('check.gemeente.yours')),
      assumptions: all.assumptions,
    });
    go('result');
  };

  return {
    view,
    go,
    next,
    outcome,
    errors,
    summaryRef,
    headingRef,
    start: () => {
      setStarted(true);
      go(0);
    },
    /** Back to the intro; the page resets its answers. */
    reset: () => {
      setOutcome(null);
      setStarted(false);
      go('intro');
    },
  };
}

/** One step of the check: progress, the step's questions, errors, and back / next. */
export function CheckStepForm({
  flow,
  view,
  steps,
  title,
  notice,
  answers,
  update,
  peildatum,
  config,
}: {
  flow: ReturnType<typeof useCheckFlow>;
  view: number;
  steps: StepId[];
  title: string;
  /** Shown above the questions, for example when the gemeente's schemes could not be loaded. */
  notice?: ReactNode;
  answers: CheckAnswers;
  update: (change: (a: CheckAnswers) => CheckAnswers) => void;
  peildatum: string;
  config: GemeenteConfig | null;
}) {
  const { t } = useTranslation();
  const Step = stepComponents[steps[view]!];
  return (
    <form onSubmit={(e) => void flow.next(e)} noValidate className="ww-form ww-check-step">
      <Paragraph className="ww-check-progress">
        {t('check.progress', { step: view + 1, total: steps.length })}
      </Paragraph>
      <div className="ww-check-bar" aria-hidden="true">
        <div style={{ width: `${((view + 1) / steps.length) * 100}%` }} />
      </div>
      <Heading level={2} ref={flow.headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <ErrorSummary
        errors={flow.errors}
        summaryRef={flow.summaryRef}
        labels={fieldLabels(answers, t)}
      />
      {notice}
      <Step
        answers={answers}
        update={update}
        errors={flow.errors.fields}
        peildatum={peildatum}
        config={config}
      />
      <ButtonGroup className="ww-check-nav">
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => flow.go(view === 0 ? 'intro' : view - 1)}
        >
          {t('check.back')}
        </Button>
        <Button appearance="primary-action-button" type="submit">
          {view === steps.length - 1 ? t('check.showResults') : t('check.next')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
