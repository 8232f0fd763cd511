import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { PageTitle } from '../../components/PageTitle';
import { todayIso } from '../../today';
import { fetchGemeenteConfigOrNull, gemeenteKey } from './check-api';
import { CheckStepForm, useCheckFlow } from './check-flow';
import { activeSteps, emptyAnswers, type CheckAnswers, type StepId } from './check-form';
import { CheckResults } from './CheckResults';
import { useTabState } from '../../hooks/useTabState';
import './check.css';

// The public voorzieningencheck. Everything is computed here, in the browser: the answers are
// never sent. They stay in this tab only (sessionStorage), so a reload loses nothing and closing
// the tab wipes them; never in localStorage.

export function CheckPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const peildatum = useMemo(todayIso, []);
  const [answers, setAnswers] = useTabState<CheckAnswers>('wegwijs.check.answers', emptyAnswers);
  const [config, setConfig] = useState<GemeenteConfig | null>(null);
  const [configFailed, setConfigFailed] = useState(false);
  const steps = activeSteps(answers, peildatum);

  const loadGemeente = async (step: StepId) => {
    if (step !== 'gemeente') return;
    setConfigFailed(false);
    try {
      // null: the gemeente has no schemes set up; the check then says what to ask the gemeente.
      setConfig(
        await queryClient.fetchQuery({
          queryKey: gemeenteKey(answers.gemeente),
          queryFn: () => fetchGemeenteConfigOrNull(answers.gemeente),
          staleTime: 300_000,
        }),
      );
    } catch {
      // Go on with the national schemes; the page says the gemeente's could not be loaded.
      setConfig(null);
      setConfigFailed(true);
    }
  };
  const flow = useCheckFlow({ answers, steps, peildatum, config, afterStep: loadGemeente });
  const { view, outcome, headingRef } = flow;

  const restart = () => {
    setAnswers(emptyAnswers());
    setConfig(null);
    flow.reset();
  };

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
            <Button appearance="primary-action-button" type="button" onClick={flow.start}>
              {t('check.intro.start')}
            </Button>
          </ButtonGroup>
        </>
      )}

      {typeof view === 'number' && (
        <CheckStepForm
          flow={flow}
          view={view}
          steps={steps}
          title={t(`check.steps.${steps[view]}`)}
          notice={
            configFailed &&
            steps[view] !== 'gemeente' && (
              <Alert type="warning">
                <Paragraph>{t('check.gemeente.configFailed')}</Paragraph>
              </Alert>
            )
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
            {t('check.results.title')}
          </Heading>
          <CheckResults
            outcome={outcome.outcome}
            assumptions={outcome.assumptions}
            onChange={() => flow.go(0)}
            onRestart={restart}
          />
        </>
      )}
    </div>
  );
}
