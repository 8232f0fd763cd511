import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { AspectAnswer, Instrument, ScanAnswers } from '../../../domain/assessment';
import { ApiError } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextAreaField } from '../../components/TextAreaField';
import { useLanguage } from '../../hooks/useLanguage';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { CheckboxField } from '../check/fields';
import { useHousehold, todayIso } from './common';
import { CompletedScan } from './CompletedScan';
import { textIn } from './instrument-text';
import {
  fetchScan,
  householdChanges,
  type ScanView,
  fetchInstrument,
  householdKeys,
  type HouseholdDetail,
} from './households-api';
import { LevelChoice } from './LevelChoice';
import {
  answeredCount,
  answerOf,
  firstOpenScreen,
  ratingsDiffer,
  scanScreens,
  setAnswer,
  withChildren,
  type AspectScreen,
  type ScanScreen,
} from './scan-flow';

// 'Samen invullen': the kapitaalscan on a tablet at the kitchen table. One aspect per screen, large
// choices, no 'why' questions, progress shown. Every step saves (PUT), so the scan can be paused
// and continued later. The question number is in the address (?vraag=7): the back button works.

const FINISH = 'afronden';

export function ScanPage() {
  const { id = '', scanId = '' } = useParams();
  const household = useHousehold(id);
  const instrument = useQuery({
    queryKey: householdKeys.instrument,
    queryFn: fetchInstrument,
    staleTime: Infinity,
  });
  const scan = useQuery({
    queryKey: householdKeys.scan(id, scanId),
    queryFn: () => fetchScan(id, scanId),
  });
  return (
    <QueryState query={household}>
      {(h) => (
        <QueryState query={instrument}>
          {(i) => (
            <QueryState query={scan}>
              {(s) =>
                s.status === 'completed' ? (
                  <CompletedScan household={h} instrument={i} scan={s} />
                ) : (
                  <ScanFlow household={h} instrument={i} scan={s} />
                )
              }
            </QueryState>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

function ScanFlow({
  household: h,
  instrument,
  scan,
}: {
  household: HouseholdDetail;
  instrument: Instrument;
  scan: ScanView;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const peildatum = useMemo(todayIso, []);
  const children = h.data.children;
  const screens = useMemo(
    () => scanScreens(instrument, children, peildatum),
    [instrument, children, peildatum],
  );
  const [answers, setAnswers] = useState<ScanAnswers>(() => withChildren(scan.answers, children));
  const [saved, setSaved] = useState<ScanAnswers>(scan.answers);
  const unsaved = useMemo(
    () => JSON.stringify(answers) !== JSON.stringify(withChildren(saved, children)),
    [answers, saved, children],
  );
  useLeaveGuard(unsaved, t('common.leaveUnsaved'));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const vraag = params.get('vraag');
  const view: number | 'intro' | 'finish' =
    vraag === FINISH
      ? 'finish'
      : vraag && /^\d+$/.test(vraag) && Number(vraag) >= 1 && Number(vraag) <= screens.length
        ? Number(vraag) - 1
        : 'intro';

  // Each new screen: focus on its heading, so a screen reader reads the new question. After the
  // layout's own focus move on arriving at the page, hence the timeout.
  useEffect(() => {
    const timer = setTimeout(() => headingRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [view]);

  /** Saves when something changed; false when saving failed (the page says so and stays). */
  const save = async (): Promise<boolean> => {
    setProblem(null);
    if (answers === saved) return true;
    setBusy(true);
    try {
      const result = await householdChanges.saveScan(h.id, scan.id, answers);
      client.setQueryData(householdKeys.scan(h.id, scan.id), result);
      setSaved(answers);
      setSavedNote(true);
      return true;
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? [error.problem.messages[lang], ...error.fieldErrors.map((e) => e.messages[lang])].join(
              ' ',
            )
          : String(error),
      );
      return false;
    } finally {
      setBusy(false);
    }
  };

  const go = async (to: number | 'intro' | 'finish') => {
    if (!(await save())) return;
    setParams(to === 'intro' ? {} : { vraag: to === 'finish' ? FINISH : String(to + 1) });
    window.scrollTo(0, 0);
  };

  const pause = async () => {
    if (!(await save())) return;
    await client.invalidateQueries({ queryKey: householdKeys.one(h.id) });
    void navigate(`/huishoudens/${h.id}`, { state: { scanPaused: true } });
  };

  const finish = async () => {
    if (!(await save())) return;
    setBusy(true);
    try {
      await householdChanges.completeScan(h.id, scan.id);
      await Promise.all([
        client.invalidateQueries({ queryKey: householdKeys.one(h.id) }),
        client.invalidateQueries({ queryKey: householdKeys.profile(h.id) }),
        client.invalidateQueries({ queryKey: householdKeys.scan(h.id, scan.id) }),
      ]);
      void navigate(`/huishoudens/${h.id}`, { state: { scanCompleted: true } });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem.messages[lang] : String(error));
      setBusy(false);
    }
  };

  const total = screens.length;
  const answered = answeredCount(screens, answers);
  const aspectTotal = screens.filter((s) => s.kind === 'aspect').length;
  const next = (e: FormEvent) => {
    e.preventDefault();
    if (typeof view !== 'number') return;
    void go(view < total - 1 ? view + 1 : 'finish');
  };

  const title =
    typeof view === 'number'
      ? t('huishoudens.scan.titleStep', { n: view + 1, total, label: h.label })
      : t('huishoudens.scan.title', { label: h.label });

  const status = (
    <div className="ww-scan-status">
      {problem && (
        <Alert type="warning">
          <Paragraph>
            {t('huishoudens.scan.saveFailed')} {problem}
          </Paragraph>
        </Alert>
      )}
      <Paragraph role="status" className="ww-muted">
        {savedNote && !problem ? t('huishoudens.scan.saved') : ''}
      </Paragraph>
    </div>
  );

  return (
    <div className="ww-scan">
      <PageTitle title={title} />
      <Paragraph className="ww-scan-back ww-no-print">
        <RouterLink to={`/huishoudens/${h.id}`}>
          {t('huishoudens.scan.backTo', { label: h.label })}
        </RouterLink>
      </Paragraph>
      <Heading level={1} className="ww-scan-title">
        {t('huishoudens.scan.heading', { label: h.label })}
      </Heading>

      {view === 'intro' && (
        <>
          <Heading level={2} ref={headingRef} tabIndex={-1}>
            {t('huishoudens.scan.introTitle')}
          </Heading>
          {textIn(lang, instrument, 'intro')
            .split(/\n\s*\n/)
            .filter((p) => p.trim())
            .map((p, i) => (
              <Paragraph key={i} lead={i === 0}>
                {p.replace(/\s+/g, ' ').trim()}
              </Paragraph>
            ))}
          <Paragraph>{t('huishoudens.scan.introHow', { total })}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              type="button"
              onClick={() => void go(answered > 0 ? firstOpenScreen(screens, answers) : 0)}
            >
              {answered > 0
                ? t('huishoudens.scan.continueAt', {
                    n: firstOpenScreen(screens, answers) + 1,
                  })
                : t('huishoudens.scan.begin')}
            </Button>
            {answered > 0 && (
              <Button appearance="secondary-action-button" type="button" onClick={() => void go(0)}>
                {t('huishoudens.scan.fromStart')}
              </Button>
            )}
          </ButtonGroup>
        </>
      )}

      {typeof view === 'number' && (
        <form onSubmit={next} noValidate className="ww-scan-step">
          <Paragraph className="ww-scan-progress">
            {t('huishoudens.scan.progress', { n: view + 1, total })}
          </Paragraph>
          <div className="ww-scan-bar" aria-hidden="true">
            <div style={{ width: `${((view + 1) / total) * 100}%` }} />
          </div>
          <Screen
            key={screens[view]!.key}
            screen={screens[view]!}
            instrument={instrument}
            answers={answers}
            setAnswers={setAnswers}
            headingRef={headingRef}
          />
          {status}
          <ButtonGroup className="ww-scan-nav">
            <Button
              appearance="secondary-action-button"
              type="button"
              disabled={busy}
              onClick={() => void go(view === 0 ? 'intro' : view - 1)}
            >
              {t('huishoudens.scan.previous')}
            </Button>
            <Button appearance="primary-action-button" type="submit" disabled={busy}>
              {t('huishoudens.scan.next')}
            </Button>
            <Button
              appearance="subtle-button"
              type="button"
              disabled={busy}
              onClick={() => void pause()}
            >
              {t('huishoudens.scan.pause')}
            </Button>
          </ButtonGroup>
        </form>
      )}

      {view === 'finish' && (
        <>
          <Heading level={2} ref={headingRef} tabIndex={-1}>
            {t('huishoudens.scan.finishTitle')}
          </Heading>
          <Paragraph lead>
            {t('huishoudens.scan.finishCount', { answered, total: aspectTotal })}
          </Paragraph>
          <Paragraph>{t('huishoudens.scan.finishText')}</Paragraph>
          {status}
          <ButtonGroup className="ww-scan-nav">
            <Button
              appearance="secondary-action-button"
              type="button"
              disabled={busy}
              onClick={() => void go(total - 1)}
            >
              {t('huishoudens.scan.previous')}
            </Button>
            <Button
              appearance="primary-action-button"
              type="button"
              disabled={busy}
              onClick={() => void finish()}
            >
              {t('huishoudens.scan.finish')}
            </Button>
            <Button
              appearance="subtle-button"
              type="button"
              disabled={busy}
              onClick={() => void pause()}
            >
              {t('huishoudens.scan.pause')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </div>
  );
}

function Screen({
  screen,
  instrument,
  answers,
  setAnswers,
  headingRef,
}: {
  screen: ScanScreen;
  instrument: Instrument;
  answers: ScanAnswers;
  setAnswers: (change: (a: ScanAnswers) => ScanAnswers) => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (screen.kind === 'risk' || screen.kind === 'protective') {
    const risk = screen.kind === 'risk';
    const factors = risk ? instrument.riskFactors : instrument.protectiveFactors;
    const value = risk ? answers.riskFactors : answers.protectiveFactors;
    return (
      <>
        <Paragraph className="ww-scan-kicker">{t('huishoudens.scan.factorsKicker')}</Paragraph>
        <Heading level={2} ref={headingRef} tabIndex={-1}>
          {risk ? t('huishoudens.scan.riskTitle') : t('huishoudens.scan.protectiveTitle')}
        </Heading>
        <Paragraph>
          {risk ? t('huishoudens.scan.riskIntro') : t('huishoudens.scan.protectiveIntro')}
        </Paragraph>
        <div className="ww-scan-factors">
          <CheckboxGroup
            name={screen.kind}
            legend={
              risk ? t('huishoudens.scan.riskLegend') : t('huishoudens.scan.protectiveLegend')
            }
            options={factors.map((f) => ({
              value: f.id,
              label: textIn(lang, f, 'label'),
            }))}
            value={[...value]}
            onChange={(ids) =>
              setAnswers((a) =>
                risk ? { ...a, riskFactors: ids } : { ...a, protectiveFactors: ids },
              )
            }
          />
        </div>
      </>
    );
  }
  return (
    <AspectStep
      screen={screen}
      instrument={instrument}
      answer={answerOf(answers, screen)}
      onChange={(answer) => setAnswers((a) => setAnswer(a, screen, answer))}
      headingRef={headingRef}
    />
  );
}

function AspectStep({
  screen,
  instrument,
  answer,
  onChange,
  headingRef,
}: {
  screen: AspectScreen;
  instrument: Instrument;
  answer: AspectAnswer | undefined;
  onChange: (answer: AspectAnswer) => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const current: AspectAnswer = answer ?? { wantsToWorkOn: false };
  const [otherView, setOtherView] = useState(current.professionalScore !== undefined);
  const { aspect } = screen;
  const update = (change: Partial<AspectAnswer>) => {
    const next = { ...current, ...change };
    for (const k of Object.keys(change) as (keyof AspectAnswer)[])
      if (change[k] === undefined) delete next[k];
    onChange(next);
  };
  const levels = aspect.levels.map((l) => {
    const scale = instrument.scale.find((s) => s.score === l.score);
    return {
      score: l.score,
      label: scale ? textIn(lang, scale, 'label') : String(l.score),
      description: textIn(lang, l, 'description'),
    };
  });
  return (
    <>
      <Paragraph className="ww-scan-kicker">
        {screen.child
          ? t('huishoudens.scan.childKicker', { ref: screen.child.ref, age: screen.child.age })
          : textIn(lang, screen, 'sectionTitle')}
      </Paragraph>
      <Heading level={2} ref={headingRef} tabIndex={-1}>
        {textIn(lang, aspect, 'title')}
      </Heading>
      <LevelChoice
        name="householdScore"
        legend={textIn(lang, aspect, 'question')}
        description={t('huishoudens.scan.householdHint')}
        levels={levels}
        value={current.householdScore}
        onChange={(householdScore) => update({ householdScore })}
      />
      <CheckboxField
        name="otherView"
        label={t('huishoudens.scan.otherView')}
        checked={otherView}
        onChange={(on) => {
          setOtherView(on);
          if (!on) update({ professionalScore: undefined });
        }}
      />
      {otherView && (
        <LevelChoice
          name="professionalScore"
          legend={t('huishoudens.scan.professionalLegend')}
          levels={levels}
          value={current.professionalScore}
          onChange={(professionalScore) => update({ professionalScore })}
        />
      )}
      {ratingsDiffer(current) && (
        <Paragraph className="ww-scan-note">{t('huishoudens.scan.bothKept')}</Paragraph>
      )}
      <TextAreaField
        name="strength"
        label={t('huishoudens.scan.strength')}
        description={t('huishoudens.scan.strengthHint')}
        value={current.strength ?? ''}
        rows={3}
        maxLength={1000}
        onChange={(strength) => update({ strength: strength === '' ? undefined : strength })}
      />
      <CheckboxField
        name="wantsToWorkOn"
        label={t('huishoudens.scan.wantsToWorkOn')}
        checked={current.wantsToWorkOn}
        onChange={(wantsToWorkOn) => update({ wantsToWorkOn })}
      />
    </>
  );
}
