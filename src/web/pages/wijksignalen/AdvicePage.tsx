import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { signalSettings } from '../../../contract/content';
import { ADVICE_TEXT_MAX, type AdviceQuestionView } from '../../../contract/neighbourhood-signals';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/session';
import { useSignalChecklist, useSignalChecklists } from '../../api/signal-checklists';
import { StatusMessage } from '../../components/Layout';
import { AcknowledgeWarning } from '../../components/AcknowledgeWarning';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../wegwijzer/format';
import { answerAdvice, askAdvice, useAdvice, wijkmeldingKeys } from './wijkmelding-api';

const CASEWORKERS: readonly string[] = ['sociaal_werker', 'teamleider'];

/** Anonymous advice: ask the organisation's poverty specialist; answer when you are one. */
export function AdvicePage() {
  const { t } = useTranslation();
  const me = useMe();
  const advice = useAdvice();
  return (
    <>
      <PageTitle title={t('wijkmelding.advice.title')} />
      <p>
        <RouterLink to="/wijksignalen">{t('wijksignalen.all')}</RouterLink>
      </p>
      <Heading level={1}>{t('wijkmelding.advice.title')}</Heading>
      <Paragraph lead>{t('wijkmelding.advice.intro')}</Paragraph>
      {CASEWORKERS.includes(me.role) && <AskForm />}
      <QueryState query={advice}>
        {(data) => (
          <>
            {data.answerer && <OpenQuestions questions={data.open} />}
            <MyQuestions questions={data.mine} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** A save the server may hold back once for a household reference, until it is acknowledged. */
function useWarnedSave<T extends object>(
  send: (body: T & { acknowledgeWarnings: boolean }) => Promise<unknown>,
) {
  const client = useQueryClient();
  const [warned, setWarned] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const saving = useSave(
    async (body: T) => {
      try {
        return await send({ ...body, acknowledgeWarnings: warned && acknowledged });
      } catch (error) {
        if (error instanceof ApiError && error.problem.code === 'household_reference') {
          setWarned(true);
          setAcknowledged(false);
        }
        throw error;
      }
    },
    async () => {
      setWarned(false);
      setAcknowledged(false);
      await client.invalidateQueries({ queryKey: wijkmeldingKeys.advice });
    },
  );
  return { saving, warned, acknowledged, setAcknowledged };
}

/** The question form's state; a new setting clears the signals ticked for the old one. */
function useAskForm() {
  const [params] = useSearchParams();
  const initial = signalSettings.find((s) => s === params.get('plek')) ?? 'school';
  const [setting, setSettingState] = useState<(typeof signalSettings)[number]>(initial);
  const [signalIds, setSignalIds] = useState<string[]>([]);
  const [question, setQuestion] = useState('');
  const warnedSave = useWarnedSave<{
    setting: (typeof signalSettings)[number];
    signalIds: string[];
    question: string;
  }>(askAdvice);
  const setSetting = (v: string) => {
    setSettingState(v as typeof setting);
    setSignalIds([]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    warnedSave.saving.save({ setting, signalIds, question });
  };
  return {
    setting,
    setSetting,
    signalIds,
    setSignalIds,
    question,
    setQuestion,
    submit,
    ...warnedSave,
  };
}

function AskForm() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const form = useAskForm();
  const { setting, signalIds, question, saving, warned, acknowledged, setAcknowledged } = form;
  const lists = useSignalChecklists();
  const list = useSignalChecklist(setting);
  const { errors } = saving;
  const labels = {
    setting: t('wijkmelding.advice.setting'),
    signalIds: t('wijkmelding.advice.signals'),
    question: t('wijkmelding.advice.question'),
  };
  return (
    <section aria-labelledby="advice-ask" className="ww-hh-section">
      <Heading level={2} id="advice-ask">
        {t('wijkmelding.advice.ask')}
      </Heading>
      <Alert type="info">
        <Paragraph>{t('wijkmelding.advice.noNames')}</Paragraph>
      </Alert>
      {saving.saved && <StatusMessage>{t('wijkmelding.advice.sent')}</StatusMessage>}
      <ErrorSummary errors={errors} summaryRef={saving.summaryRef} labels={labels} />
      <form onSubmit={form.submit} noValidate className="ww-form">
        <SelectField
          name="setting"
          label={labels.setting}
          value={setting}
          onChange={form.setSetting}
          options={(lists.data?.checklists ?? []).map((c) => ({
            value: c.id,
            label: c.title[lang],
          }))}
          error={errors.fields.setting}
        />
        {list.data && (
          <CheckboxGroup
            name="signalIds"
            legend={labels.signalIds}
            options={list.data.lookFor.map((s) => ({ value: s.id, label: s.text[lang] }))}
            value={signalIds}
            onChange={form.setSignalIds}
            error={errors.fields.signalIds}
          />
        )}
        <TextAreaField
          name="question"
          label={labels.question}
          description={t('wijkmelding.advice.questionHint')}
          value={question}
          rows={4}
          maxLength={ADVICE_TEXT_MAX}
          onChange={form.setQuestion}
          error={errors.fields.question}
        />
        {warned && (
          <AcknowledgeWarning
            id="ask-ack"
            label={t('wijkmelding.advice.acknowledge')}
            checked={acknowledged}
            onChange={setAcknowledged}
          />
        )}
        <div>
          <Button appearance="primary-action-button" type="submit" disabled={saving.busy}>
            {t('wijkmelding.advice.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The question's setting, signals and text, as both the asker and the answerer see it. */
function QuestionText({ q }: { q: AdviceQuestionView }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const list = useSignalChecklist(q.setting);
  const texts = q.signalIds.map(
    (id) => list.data?.lookFor.find((s) => s.id === id)?.text[lang] ?? id,
  );
  return (
    <>
      <Paragraph>
        <strong>
          {t('wijkmelding.advice.askedOn', {
            setting: list.data?.title[lang] ?? q.setting,
            date: formatDate(q.askedAt, i18n.language),
          })}
        </strong>
      </Paragraph>
      {texts.length > 0 && (
        <ul>
          {texts.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <Paragraph>{q.question}</Paragraph>
    </>
  );
}

function MyQuestions({ questions }: { questions: AdviceQuestionView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="advice-mine" className="ww-hh-section">
      <Heading level={2} id="advice-mine">
        {t('wijkmelding.advice.mine')}
      </Heading>
      <Paragraph>{t('wijkmelding.advice.retention')}</Paragraph>
      {questions.length === 0 ? (
        <Paragraph>{t('wijkmelding.advice.noneMine')}</Paragraph>
      ) : (
        <ul className="ww-results">
          {questions.map((q) => (
            <li key={q.id} className="ww-result">
              <QuestionText q={q} />
              {q.answer ? (
                <Alert type="ok">
                  <Paragraph>
                    <strong>{t('wijkmelding.advice.answer')}</strong>
                  </Paragraph>
                  <Paragraph>{q.answer}</Paragraph>
                </Alert>
              ) : (
                <Paragraph>{t('wijkmelding.advice.waiting')}</Paragraph>
              )}
              <Paragraph className="ww-muted">
                {t('wijkmelding.advice.deleteOn', { date: formatDate(q.deleteOn, i18n.language) })}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OpenQuestions({ questions }: { questions: AdviceQuestionView[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="advice-open" className="ww-hh-section">
      <Heading level={2} id="advice-open">
        {t('wijkmelding.advice.open')}
      </Heading>
      <Paragraph>{t('wijkmelding.advice.openIntro')}</Paragraph>
      {questions.length === 0 ? (
        <Paragraph>{t('wijkmelding.advice.noneOpen')}</Paragraph>
      ) : (
        <ul className="ww-results">
          {questions.map((q, i) => (
            <li key={q.id} className="ww-result">
              <QuestionText q={q} />
              <AnswerForm question={q} index={i + 1} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AnswerForm({ question, index }: { question: AdviceQuestionView; index: number }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const { saving, warned, acknowledged, setAcknowledged } = useWarnedSave<{ answer: string }>(
    (body) => answerAdvice(question.id, body),
  );
  const prefix = `answer-${question.id}-`;
  const label = t('wijkmelding.advice.answerLabel', { n: index });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        saving.save({ answer });
      }}
      noValidate
      className="ww-form"
    >
      <ErrorSummary
        errors={saving.errors}
        summaryRef={saving.summaryRef}
        labels={{ answer: label }}
        idPrefix={prefix}
      />
      <TextAreaField
        name="answer"
        idPrefix={prefix}
        label={label}
        value={answer}
        rows={4}
        maxLength={ADVICE_TEXT_MAX}
        onChange={setAnswer}
        error={saving.errors.fields.answer}
      />
      {warned && (
        <AcknowledgeWarning
          id={`${prefix}ack`}
          label={t('wijkmelding.advice.acknowledge')}
          checked={acknowledged}
          onChange={setAcknowledged}
        />
      )}
      <div>
        <Button appearance="primary-action-button" type="submit" disabled={saving.busy}>
          {t('wijkmelding.advice.sendAnswer', { n: index })}
        </Button>
      </div>
    </form>
  );
}
