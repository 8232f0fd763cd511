import { useMemo, useState, type RefObject } from 'react';
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
  const peildatum = useMemo(todayIso, []);
  const [answers, setAnswers] = useTabState<CheckAnswers>('wegwijs.check.answers', emptyAnswers);
  const gemeente = useGemeenteConfig(answers.gemeente);
  const { config } = gemeente;
  const steps = activeSteps(answers, peildatum);
  const flow = useCheckFlow({ answers, steps, peildatum, config, afterStep: gemeente.load });
  const { view, outcome, headingRef } = flow;

  const restart = () => {
    setAnswers(emptyAnswers());
    gemeente.forget();
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

      {view === 'intro' && <CheckIntro headingRef={headingRef} start={flow.start} />}

      {typeof view === 'number' && (
        <CheckStepForm
          flow={flow}
          view={view}
          steps={steps}
          title={t(`check.steps.${steps[view]}`)}
          notice={
            gemeente.failed &&
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

/**
 * The chosen gemeente's schemes, loaded after the gemeente step. `config` is null when the
 * gemeente has none set up (the check then says what to ask the gemeente), or when loading failed
 * (`failed`: the check goes on with the national schemes and says so).
 */
function useGemeenteConfig(code: string) {
  const queryClient = useQueryClient();
  const [config, setConfig] = useState<GemeenteConfig | null>(null);
  const [failed, setFailed] = useState(false);

  const load = async (step: StepId) => {
    if (step !== 'gemeente') return;
    setFailed(false);
    try {
      setConfig(
        await queryClient.fetchQuery({
          queryKey: gemeenteKey(code),
          queryFn: () => fetchGemeenteConfigOrNull(code),
          staleTime: 300_000,
        }),
      );
    } catch {
      setConfig(null);
      setFailed(true);
    }
  };

  return { config, failed, load, forget: () => setConfig(null) };
}

function CheckIntro({
  headingRef,
  start,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  start: () => void;
}) {
  const { t } = useTranslation();
  return (
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
        <Button appearance="primary-action-button" type="button" onClick={start}>
          {t('check.intro.start')}
        </Button>
      </ButtonGroup>
    </>
  );
}
