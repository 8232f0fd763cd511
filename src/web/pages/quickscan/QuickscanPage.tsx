import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  quickscanScanSchema,
  QUICKSCAN_WIJK_MAX,
  type QuickscanInstrumentView,
  type QuickscanMineView,
  type QuickscanSaveBody,
} from '../../../contract/quickscan';
import { quickscanMineKey, useQuickscanInstrument, useQuickscanMine } from '../../api/quickscan';
import { sendJson } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { QuickscanResults } from './QuickscanResults';
import { ScaleChoice } from './ScaleChoice';
import './quickscan.css';

/** The professionals' quickscan: a calm one-page form, then your result with what helps. */
export function QuickscanPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const instrument = useQuickscanInstrument();
  const mine = useQuickscanMine();
  return (
    <>
      <PageTitle title={t('quickscan.nav')} />
      <Heading level={1}>{t('quickscan.nav')}</Heading>
      <QueryState query={instrument}>
        {(scan) => (
          <>
            <Paragraph lead>{scan.intro[lang]}</Paragraph>
            <Alert type="info">
              <Paragraph>{t('quickscan.private')}</Paragraph>
            </Alert>
            <QueryState query={mine}>
              {(own) => (
                <>
                  {own.current && (
                    <QuickscanResults instrument={scan} mine={{ ...own, current: own.current }} />
                  )}
                  <QuickscanForm
                    key={own.current?.updatedAt ?? 'new'}
                    instrument={scan}
                    mine={own}
                  />
                </>
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}

function QuickscanForm({
  instrument,
  mine,
}: {
  instrument: QuickscanInstrumentView;
  mine: QuickscanMineView;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, number>>(mine.current?.answers ?? {});
  const [teamId, setTeamId] = useState(mine.current?.teamId ?? mine.teams[0]?.id ?? '');
  const [wijk, setWijk] = useState(mine.current?.wijk ?? '');
  const [saved, setSaved] = useState(false);
  const saving = useSave(
    (body: QuickscanSaveBody) =>
      sendJson('PUT', '/api/v1/quickscan/mine', body, quickscanScanSchema),
    async () => {
      setSaved(true);
      await client.invalidateQueries({ queryKey: quickscanMineKey });
      document.getElementById('quickscan-results')?.focus();
    },
  );
  const { errors, summaryRef, busy } = saving;
  const labels = fieldLabels(instrument, lang, t);

  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    saving.save({
      answers,
      ...(mine.teams.length > 1 ? { teamId } : {}),
      wijk: wijk.trim() === '' ? null : wijk,
    });
  };

  return (
    <section aria-labelledby="quickscan-form">
      <Heading level={2} id="quickscan-form">
        {t('quickscan.formTitle')}
      </Heading>
      <Paragraph>{t('quickscan.yearNote', { year: mine.year })}</Paragraph>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <div role="status">{saved && <Alert type="ok">{t('quickscan.saved')}</Alert>}</div>
      <form onSubmit={save} noValidate className="ww-form">
        <Paragraph>{t('quickscan.scaleHint')}</Paragraph>
        <QuickscanParts
          instrument={instrument}
          answers={answers}
          errors={errors.fields}
          onAnswer={(id, v) => setAnswers((a) => ({ ...a, [id]: v }))}
        />
        {mine.teams.length > 1 && (
          <SelectField
            name="teamId"
            label={t('quickscan.team')}
            description={t('quickscan.teamDescription')}
            value={teamId}
            onChange={setTeamId}
            options={mine.teams.map((team) => ({ value: team.id, label: team.name }))}
            error={errors.fields.teamId}
          />
        )}
        <TextField
          name="wijk"
          label={t('quickscan.wijk')}
          description={t('quickscan.wijkDescription')}
          value={wijk}
          onChange={setWijk}
          maxLength={QUICKSCAN_WIJK_MAX}
          error={errors.fields.wijk}
        />
        <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
          {t('quickscan.save')}
        </Button>
      </form>
    </section>
  );
}

/** Field name → label, so the error summary names each statement as the form shows it. */
function fieldLabels(
  instrument: QuickscanInstrumentView,
  lang: 'nl' | 'en',
  t: (key: string) => string,
): Record<string, string> {
  return Object.fromEntries([
    ['teamId', t('quickscan.team')],
    ['wijk', t('quickscan.wijk')],
    ...instrument.parts.flatMap((p) => p.statements.map((s) => [`answers.${s.id}`, s.text[lang]])),
  ]);
}

/** Every part with its statements, each a scale to choose on. */
function QuickscanParts({
  instrument,
  answers,
  errors,
  onAnswer,
}: {
  instrument: QuickscanInstrumentView;
  answers: Record<string, number>;
  errors: Record<string, string | undefined>;
  onAnswer: (statementId: string, value: number) => void;
}) {
  const lang = useLanguage();
  const scale = instrument.scale.map((p) => ({ value: p.value, label: p.label[lang] }));
  return instrument.parts.map((part) => (
    <div
      key={part.id}
      className="ww-quickscan-part"
      role="group"
      aria-labelledby={`part-${part.id}`}
    >
      <Heading level={3} id={`part-${part.id}`}>
        {part.title[lang]}
      </Heading>
      <Paragraph>{part.intro[lang]}</Paragraph>
      {part.statements.map((s) => (
        <ScaleChoice
          key={s.id}
          name={`answers.${s.id}`}
          legend={s.text[lang]}
          scale={scale}
          value={answers[s.id]}
          error={errors[`answers.${s.id}`]}
          onChange={(v) => onAnswer(s.id, v)}
        />
      ))}
    </div>
  ));
}
