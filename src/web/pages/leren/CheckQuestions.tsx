import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  completionResultSchema,
  type CompletionBody,
  type CompletionResult,
  type LearningModuleDetail,
} from '../../../contract/learning';
import { learningKey } from '../../api/learning';
import { sendJson } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { RadioGroup } from '../check/fields';
import { formatDate } from '../wegwijzer/format';

/**
 * The check questions as radio groups (Tab between questions, arrow keys within one). The server
 * grades them and keeps only the score; the result with the explanations replaces the form.
 */
export function CheckQuestions({ module }: { module: LearningModuleDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [result, setResult] = useState<CompletionResult | null>(null);
  const saving = useSave(
    (body: CompletionBody) =>
      sendJson(
        'POST',
        `/api/v1/learning/modules/${encodeURIComponent(module.id)}/completions`,
        body,
        completionResultSchema,
      ),
    async (answer) => {
      setResult(answer);
      await client.invalidateQueries({ queryKey: learningKey });
    },
  );
  const { errors, summaryRef, busy } = saving;

  if (result)
    return (
      <Results
        module={module}
        result={result}
        onAgain={() => {
          setAnswers({});
          setResult(null);
        }}
      />
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.save({ version: module.version, answers });
  };
  const labels = Object.fromEntries(
    module.questions.map((q, i) => [
      `answers.${q.id}`,
      t('leren.quiz.question', { n: i + 1, text: q.question[lang] }),
    ]),
  );
  return (
    <section aria-labelledby="learning-quiz" className="ww-learning-quiz">
      <Heading level={2} id="learning-quiz">
        {t('leren.quiz.title')}
      </Heading>
      <Paragraph>{t('leren.quiz.intro')}</Paragraph>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate>
        {module.questions.map((q, i) => (
          <RadioGroup
            key={q.id}
            name={`answers.${q.id}`}
            legend={t('leren.quiz.question', { n: i + 1, text: q.question[lang] })}
            options={q.options.map((o) => ({ value: o.id, label: o.text[lang] }))}
            value={answers[q.id] ?? ''}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
            error={errors.fields[`answers.${q.id}`]}
          />
        ))}
        <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
          {t('leren.quiz.submit')}
        </Button>
      </form>
    </section>
  );
}

function Results({
  module,
  result,
  onAgain,
}: {
  module: LearningModuleDetail;
  result: CompletionResult;
  onAgain: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // The result replaces the form: move focus to it so keyboard and screen-reader users land there.
  useEffect(() => heading.current?.focus(), []);
  const optionText = (questionId: string, optionId: string) =>
    module.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId)?.text[
      lang
    ] ?? optionId;
  return (
    <section aria-labelledby="learning-result">
      <Heading level={2} id="learning-result" ref={heading} tabIndex={-1}>
        {t('leren.result.title', { score: result.score, total: result.questionCount })}
      </Heading>
      <Paragraph role="status">
        {t('leren.result.saved', { date: formatDate(result.completedOn, i18n.language) })}
      </Paragraph>
      <ol className="ww-learning-results">
        {result.results.map((r) => {
          const question = module.questions.find((q) => q.id === r.questionId);
          return (
            <li
              key={r.questionId}
              className={`ww-learning-result ww-learning-result--${r.correct ? 'correct' : 'wrong'}`}
            >
              <Heading level={3}>{question?.question[lang]}</Heading>
              <Paragraph>
                <strong>{r.correct ? t('leren.result.correct') : t('leren.result.wrong')}.</strong>{' '}
                {t('leren.result.yourAnswer', { answer: optionText(r.questionId, r.chosen) })}
              </Paragraph>
              {!r.correct && (
                <Paragraph>
                  {t('leren.result.rightAnswer', { answer: optionText(r.questionId, r.answer) })}
                </Paragraph>
              )}
              <Paragraph>
                <strong>{t('leren.result.why')}:</strong> {r.explanation[lang]}
              </Paragraph>
            </li>
          );
        })}
      </ol>
      <Button appearance="secondary-action-button" type="button" onClick={onAgain}>
        {t('leren.quiz.again')}
      </Button>
    </section>
  );
}
