import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
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
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useLanguage } from '../../hooks/useLanguage';
import { fetchGemeenteConfig, gemeenteKey } from './check-api';
import {
  activeSteps,
  checkAnswers,
  emptyAnswers,
  NOT_LISTED,
  stepOf,
  type BuildResult,
  type CheckAnswers,
  type FormIssue,
} from './check-form';
import { runCheck, type CheckOutcome } from './check-run';
import { CheckResults } from './CheckResults';
import { fieldLabels, stepComponents } from './CheckSteps';
import './check.css';

// The public voorzieningencheck. Everything is computed here, in the browser: the answers are
// never sent and never stored (not even in localStorage). The step is in the address (?stap=3)
// so the browser's back button works; the answers live only in this component.

/** Today on this device, as YYYY-MM-DD: the rules of today apply. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const RESULT = 'uitkomst';

export function CheckPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const peildatum = useMemo(today, []);
  const [answers, setAnswers] = useState<CheckAnswers>(emptyAnswers);
  const [started, setStarted] = useState(false);
  const [config, setConfig] = useState<GemeenteConfig | null>(null);
  const [configFailed, setConfigFailed] = useState(false);
  const [outcome, setOutcome] = useState<{
    outcome: CheckOutcome;
    assumptions: BuildResult['assumptions'];
  } | null>(null);
  const { errors, setFieldErrors, clear, summaryRef } = useFormErrors();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const steps = activeSteps(answers, peildatum);
  const stap = params.get('stap');
  // Without answers (a reload, or a link to a later step) the check starts at the beginning.
  const view: number | 'intro' | 'result' = !started
    ? 'intro'
    : stap === RESULT && outcome
      ? 'result'
      : stap && /^\d+$/.test(stap) && Number(stap) >= 1 && Number(stap) <= steps.length
        ? Number(stap) - 1
        : 'intro';

  const go = (to: number | 'intro' | 'result') => {
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

  const message = (i: FormIssue) => (i.key ? t(i.key) : i.message![lang]);
  const show = (issues: FormIssue[]) => {
    const fields: Record<string, string> = {};
    for (const i of issues) fields[i.field] ??= message(i);
    setFieldErrors(fields);
  };
  const referencePeriodMonths =
    config?.schemes['individuele-inkomenstoeslag'].reference_period_months;

  const next = async (event: FormEvent) => {
    event.preventDefault();
    if (typeof view !== 'number') return;
    const step = steps[view]!;
    const checked = checkAnswers(answers, peildatum, { referencePeriodMonths, step });
    if (!checked.ok) return show(checked.issues);
    if (step === 'gemeente') {
      setConfigFailed(false);
      if (answers.gemeente === NOT_LISTED) setConfig(null);
      else {
        try {
          setConfig(
            await queryClient.fetchQuery({
              queryKey: gemeenteKey(answers.gemeente),
              queryFn: () => fetchGemeenteConfig(answers.gemeente),
              staleTime: 300_000,
            }),
          );
        } catch {
          // Go on with the national schemes; the page says the gemeente's could not be loaded.
          setConfig(null);
          setConfigFailed(true);
        }
      }
    }
    if (view < steps.length - 1) return go(view + 1);
    // Last step: check everything once more, then compute.
    const all = checkAnswers(answers, peildatum, { referencePeriodMonths });
    if (!all.ok) {
      const first = steps.findIndex((s) => all.issues.some((i) => stepOf(i.field) === s));
      go(first >= 0 ? first : 0);
      show(all.issues.filter((i) => stepOf(i.field) === steps[first >= 0 ? first : 0]));
      return;
    }
    setOutcome({ outcome: runCheck(all.input, peildatum, config), assumptions: all.assumptions });
    go('result');
  };

  const restart = () => {
    setAnswers(emptyAnswers());
    setConfig(null);
    setOutcome(null);
    setStarted(false);
    go('intro');
  };

  const update = (change: (a: CheckAnswers) => CheckAnswers) => setAnswers(change);

  return (
    <div className="ww-check">
      <PageTitle
        title={
          typeof view === 'number'
            ? t('check.titleStep', { step: view + 1, total: steps.length })
            : view === 'result'
              ? t('check.results.title')
              : t('check.title')
        }
      />
      <Heading level={1}>{t('check.title')}</Heading>
      <Alert type="info" className="ww-check-privacy">
        <Paragraph>
          <strong>{t('check.privacy.short')}</strong> {t('check.privacy.text')}
        </Paragraph>
      </Alert>

      {view === 'intro' && (
        <>
          <Heading level={2} ref={headingRef} tabIndex={-1}>
            {t('check.intro.title')}
          </Heading>
          <Paragraph lead>{t('check.intro.lead')}</Paragraph>
          <Paragraph>{t('check.intro.need')}</Paragraph>
          <UnorderedList>
            <UnorderedListItem>{t('check.intro.needIncome')}</UnorderedListItem>
            <UnorderedListItem>{t('check.intro.needRent')}</UnorderedListItem>
            <UnorderedListItem>{t('check.intro.needSavings')}</UnorderedListItem>
          </UnorderedList>
          <Paragraph>{t('check.intro.estimate')}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              type="button"
              onClick={() => {
                setStarted(true);
                go(0);
              }}
            >
              {t('check.intro.start')}
            </Button>
          </ButtonGroup>
        </>
      )}

      {typeof view === 'number' && (
        <form onSubmit={(e) => void next(e)} noValidate className="ww-form ww-check-step">
          <Paragraph className="ww-check-progress">
            {t('check.progress', { step: view + 1, total: steps.length })}
          </Paragraph>
          <div className="ww-check-bar" aria-hidden="true">
            <div style={{ width: `${((view + 1) / steps.length) * 100}%` }} />
          </div>
          <Heading level={2} ref={headingRef} tabIndex={-1}>
            {t(`check.steps.${steps[view]}`)}
          </Heading>
          <ErrorSummary errors={errors} summaryRef={summaryRef} labels={fieldLabels(answers, t)} />
          {configFailed && steps[view] !== 'gemeente' && (
            <Alert type="warning">
              <Paragraph>{t('check.gemeente.configFailed')}</Paragraph>
            </Alert>
          )}
          {(() => {
            const Step = stepComponents[steps[view]!];
            return (
              <Step
                answers={answers}
                update={update}
                errors={errors.fields}
                peildatum={peildatum}
                config={config}
              />
            );
          })()}
          <ButtonGroup className="ww-check-nav">
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => go(view === 0 ? 'intro' : view - 1)}
            >
              {t('check.back')}
            </Button>
            <Button appearance="primary-action-button" type="submit">
              {view === steps.length - 1 ? t('check.showResults') : t('check.next')}
            </Button>
          </ButtonGroup>
        </form>
      )}

      {view === 'result' && outcome && (
        <>
          <Heading level={2} ref={headingRef} tabIndex={-1} className="ww-no-print">
            {t('check.results.title')}
          </Heading>
          <CheckResults
            outcome={outcome.outcome}
            assumptions={outcome.assumptions}
            onChange={() => go(0)}
            onRestart={restart}
          />
        </>
      )}
    </div>
  );
}
