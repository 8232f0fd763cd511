import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { Instrument, ScanAnswers } from '../../../domain/assessment';
import { ApiError } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useSave } from '../../hooks/useSave';
import type { Language } from '../../i18n/i18n';
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
import {
  answeredCount,
  firstOpenScreen,
  scanScreens,
  withChildren,
  type ScanScreen,
} from './scan-flow';
import { Screen } from './ScanSteps';

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

/**
 * Saving the scan as it is filled in (leaving with unsaved answers asks first): `save` sends the answers when they changed and says whether
 * that worked (when not, `problem` explains and the page stays); `finish` closes the scan.
 */
function useScanSaving(h: HouseholdDetail, scan: ScanView, answers: ScanAnswers) {
  const lang = useLanguage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { t } = useTranslation();
  const [saved, setSaved] = useState<ScanAnswers>(scan.answers);
  const children = h.data.children;
  const unsaved = useMemo(
    () => JSON.stringify(answers) !== JSON.stringify(withChildren(saved, children)),
    [answers, saved, children],
  );
  useLeaveGuard(unsaved, t('common.leaveUnsaved'));
  const [problem, setProblem] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const saving = useSave(
    (next: ScanAnswers) => householdChanges.saveScan(h.id, scan.id, next),
    (result, next) => {
      client.setQueryData(householdKeys.scan(h.id, scan.id), result);
      setSaved(next);
      setSavedNote(true);
    },
  );
  const completing = useSave(
    () => householdChanges.completeScan(h.id, scan.id),
    async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: householdKeys.one(h.id) }),
        client.invalidateQueries({ queryKey: householdKeys.profile(h.id) }),
        client.invalidateQueries({ queryKey: householdKeys.scan(h.id, scan.id) }),
      ]);
      void navigate(`/huishoudens/${h.id}`, { state: { scanCompleted: true } });
    },
  );
  const busy = saving.busy || completing.busy;

  const save = async (): Promise<boolean> => {
    setProblem(null);
    if (answers === saved) return true;
    return saving.saveAndSay(answers, {
      onError: (error) => setProblem(problemText(error, lang, true)),
    });
  };

  const finish = async () => {
    if (!(await save())) return;
    completing.save(undefined, { onError: (error) => setProblem(problemText(error, lang, false)) });
  };

  const pause = async () => {
    if (!(await save())) return;
    await client.invalidateQueries({ queryKey: householdKeys.one(h.id) });
    void navigate(`/huishoudens/${h.id}`, { state: { scanPaused: true } });
  };
  return { busy, problem, savedNote, save, finish, pause };
}

/** What went wrong, in the reader's language; with the fields' own messages when asked. */
function problemText(error: unknown, lang: Language, withFields: boolean) {
  if (!(error instanceof ApiError)) return String(error);
  const fields = withFields ? error.fieldErrors.map((e) => e.messages[lang]) : [];
  return [error.problem.messages[lang], ...fields].join(' ');
}

type ScreenView = number | 'intro' | 'finish';

/** Which screen the address asks for (?vraag=7, or ?vraag=afronden); the intro otherwise. */
function viewOf(vraag: string | null, screenCount: number): ScreenView {
  if (vraag === FINISH) return 'finish';
  return vraag && /^\d+$/.test(vraag) && Number(vraag) >= 1 && Number(vraag) <= screenCount
    ? Number(vraag) - 1
    : 'intro';
}

/**
 * The screen shown, from the address (so the back button works), and going to another screen
 * after saving. Each new screen: focus on its heading, so a screen reader reads the new question.
 */
function useScreenAddress(screenCount: number, save: () => Promise<boolean>) {
  const [params, setParams] = useSearchParams();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = viewOf(params.get('vraag'), screenCount);
  // After the layout's own focus move on arriving at the page, hence the timeout.
  useEffect(() => {
    const timer = setTimeout(() => headingRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [view]);
  const go = async (to: ScreenView) => {
    if (!(await save())) return;
    setParams(to === 'intro' ? {} : { vraag: to === 'finish' ? FINISH : String(to + 1) });
    window.scrollTo(0, 0);
  };
  return { view, go, headingRef };
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
  const peildatum = useMemo(todayIso, []);
  const children = h.data.children;
  const screens = useMemo(
    () => scanScreens(instrument, children, peildatum),
    [instrument, children, peildatum],
  );
  const [answers, setAnswers] = useState<ScanAnswers>(() => withChildren(scan.answers, children));
  const saving = useScanSaving(h, scan, answers);
  const { view, go, headingRef } = useScreenAddress(screens.length, saving.save);
  const total = screens.length;
  const title =
    typeof view === 'number'
      ? t('huishoudens.scan.titleStep', { n: view + 1, total, label: h.label })
      : t('huishoudens.scan.title', { label: h.label });
  const status = <ScanStatus problem={saving.problem} savedNote={saving.savedNote} />;
  const nav = { busy: saving.busy, onPause: () => void saving.pause() };

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
        <ScanIntro
          instrument={instrument}
          total={total}
          firstOpen={answeredCount(screens, answers) > 0 ? firstOpenScreen(screens, answers) : null}
          headingRef={headingRef}
          go={(to) => void go(to)}
        />
      )}
      {typeof view === 'number' && (
        <ScanStep
          view={view}
          screens={screens}
          instrument={instrument}
          answers={answers}
          setAnswers={setAnswers}
          headingRef={headingRef}
          status={status}
          nav={nav}
          go={(to) => void go(to)}
        />
      )}
      {view === 'finish' && (
        <ScanFinish
          answered={answeredCount(screens, answers)}
          total={screens.filter((s) => s.kind === 'aspect').length}
          headingRef={headingRef}
          status={status}
          nav={{
            ...nav,
            onPrevious: () => void go(total - 1),
            onFinish: () => void saving.finish(),
          }}
        />
      )}
    </div>
  );
}

/** One screen as a form: progress, the question, and the way on (saving first). */
function ScanStep({
  view,
  screens,
  instrument,
  answers,
  setAnswers,
  headingRef,
  status,
  nav,
  go,
}: {
  view: number;
  screens: ScanScreen[];
  instrument: Instrument;
  answers: ScanAnswers;
  setAnswers: (change: (a: ScanAnswers) => ScanAnswers) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  status: ReactNode;
  nav: Omit<ScanNavProps, 'onPrevious'>;
  go: (to: ScreenView) => void;
}) {
  const { t } = useTranslation();
  const total = screens.length;
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        go(view < total - 1 ? view + 1 : 'finish');
      }}
      noValidate
      className="ww-scan-step"
    >
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
      <ScanNav {...nav} onPrevious={() => go(view === 0 ? 'intro' : view - 1)} />
    </form>
  );
}

/** The last screen: how many aspects were answered, and closing the scan. */
function ScanFinish({
  answered,
  total,
  headingRef,
  status,
  nav,
}: {
  answered: number;
  total: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  status: ReactNode;
  nav: ScanNavProps;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={2} ref={headingRef} tabIndex={-1}>
        {t('huishoudens.scan.finishTitle')}
      </Heading>
      <Paragraph lead>{t('huishoudens.scan.finishCount', { answered, total })}</Paragraph>
      <Paragraph>{t('huishoudens.scan.finishText')}</Paragraph>
      {status}
      <ScanNav {...nav} />
    </>
  );
}

/** Why the last save failed, or (for screen readers, politely) that it was saved. */
function ScanStatus({ problem, savedNote }: { problem: string | null; savedNote: boolean }) {
  const { t } = useTranslation();
  return (
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
}

/** The scan's intro: the instrument's own words, and beginning or continuing where it stopped. */
function ScanIntro({
  instrument,
  total,
  firstOpen,
  headingRef,
  go,
}: {
  instrument: Instrument;
  total: number;
  /** The first screen without an answer, or null when nothing is answered yet. */
  firstOpen: number | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  go: (to: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
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
        <Button appearance="primary-action-button" type="button" onClick={() => go(firstOpen ?? 0)}>
          {firstOpen !== null
            ? t('huishoudens.scan.continueAt', { n: firstOpen + 1 })
            : t('huishoudens.scan.begin')}
        </Button>
        {firstOpen !== null && (
          <Button appearance="secondary-action-button" type="button" onClick={() => go(0)}>
            {t('huishoudens.scan.fromStart')}
          </Button>
        )}
      </ButtonGroup>
    </>
  );
}

/** Previous, then next (a submit) or finish, then pause; all wait while a save runs. */
type ScanNavProps = {
  busy: boolean;
  onPrevious: () => void;
  /** On the finishing screen: closes the scan. Elsewhere the form's submit goes on. */
  onFinish?: () => void;
  onPause: () => void;
};

function ScanNav({ busy, onPrevious, onFinish, onPause }: ScanNavProps) {
  const { t } = useTranslation();
  return (
    <ButtonGroup className="ww-scan-nav">
      <Button
        appearance="secondary-action-button"
        type="button"
        disabled={busy}
        onClick={onPrevious}
      >
        {t('huishoudens.scan.previous')}
      </Button>
      {onFinish ? (
        <Button appearance="primary-action-button" type="button" disabled={busy} onClick={onFinish}>
          {t('huishoudens.scan.finish')}
        </Button>
      ) : (
        <Button appearance="primary-action-button" type="submit" disabled={busy}>
          {t('huishoudens.scan.next')}
        </Button>
      )}
      <Button appearance="subtle-button" type="button" disabled={busy} onClick={onPause}>
        {t('huishoudens.scan.pause')}
      </Button>
    </ButtonGroup>
  );
}
