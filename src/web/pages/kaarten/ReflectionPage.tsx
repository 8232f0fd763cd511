import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { createdIdSchema } from '../../../contract/catalogue';
import {
  reflectionComparisonSchema,
  type ReflectionComparisonView,
} from '../../../contract/reflections';
import { useDeck, type DeckDetail } from '../../api/cards';
import { getJson, sendJson } from '../../api/client';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useSave } from '../../hooks/useSave';
import { useLanguage } from '../../hooks/useLanguage';
import { formatDate } from '../wegwijzer/format';
import './kaarten.css';

/** The deck whose reflection cards the log uses. */
const DECK = 'gezien-en-gehoord';
const comparisonKey = ['reflections', 'comparison', DECK] as const;

/** The private reflection log: answer the reflection cards, and see before next to after. */
export function ReflectionPage() {
  const { t } = useTranslation();
  const deck = useDeck(DECK);
  return (
    <>
      <PageTitle title={t('kaarten.reflection.title')} />
      <p>
        <RouterLink to="/kaarten">{t('kaarten.allDecks')}</RouterLink>
      </p>
      <Heading level={1}>{t('kaarten.reflection.title')}</Heading>
      <Paragraph lead>{t('kaarten.reflection.intro')}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('kaarten.reflection.private')}</Paragraph>
      </Alert>
      <QueryState query={deck}>{(d) => <ReflectionForm deck={d} />}</QueryState>
      <Comparison />
    </>
  );
}

function ReflectionForm({ deck }: { deck: DeckDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const cards = deck.cards.filter((c) => c.type === 'reflectie');
  const [moment, setMoment] = useState<'voor' | 'na'>('voor');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const saving = useSave(
    (body: { deckId: string; moment: 'voor' | 'na'; answers: Record<string, string> }) =>
      sendJson('POST', '/api/v1/reflections', body, createdIdSchema),
    async () => {
      setAnswers({});
      setSaved(true);
      await client.invalidateQueries({ queryKey: comparisonKey });
    },
  );
  const { errors, summaryRef, busy } = saving;

  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    saving.save({ deckId: deck.id, moment, answers });
  };

  const labels = Object.fromEntries([
    ['moment', t('kaarten.reflection.moment')],
    ['answers', t('kaarten.reflection.answers')],
    ...cards.map((c) => [`answers.${c.id}`, c.front[lang]]),
  ]);
  return (
    <section aria-labelledby="reflection-form">
      <Heading level={2} id="reflection-form">
        {t('kaarten.reflection.formTitle')}
      </Heading>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      {saved && (
        <Alert type="ok">
          <Paragraph role="status">{t('kaarten.reflection.saved')}</Paragraph>
        </Alert>
      )}
      <form onSubmit={save} noValidate className="ww-form">
        <SelectField
          name="moment"
          label={t('kaarten.reflection.moment')}
          value={moment}
          onChange={(v) => setMoment(v === 'na' ? 'na' : 'voor')}
          options={[
            { value: 'voor', label: t('kaarten.reflection.before') },
            { value: 'na', label: t('kaarten.reflection.after') },
          ]}
          error={errors.fields.moment}
        />
        {/* The error summary links here when no card was answered at all. */}
        <div id={fieldId('answers')} tabIndex={-1}>
          {errors.fields.answers && (
            <Paragraph className="utrecht-form-field-error-message">
              {errors.fields.answers}
            </Paragraph>
          )}
        </div>
        {cards.map((card) => (
          <TextAreaField
            key={card.id}
            name={`answers.${card.id}`}
            label={card.front[lang]}
            description={card.back?.[lang]}
            value={answers[card.id] ?? ''}
            onChange={(v) => setAnswers((a) => ({ ...a, [card.id]: v }))}
            maxLength={2000}
            rows={3}
            error={errors.fields[`answers.${card.id}`]}
          />
        ))}
        <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
          {t('kaarten.reflection.save')}
        </Button>
      </form>
    </section>
  );
}

function Comparison() {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const comparison = useQuery({
    queryKey: comparisonKey,
    queryFn: () =>
      getJson(`/api/v1/reflections/comparison?deckId=${DECK}`, reflectionComparisonSchema),
  });
  const answer = (a: ReflectionComparisonView['cards'][number]['before']) =>
    a ? `${a.answer} (${formatDate(a.createdAt, i18n.language)})` : t('kaarten.reflection.none');
  return (
    <section aria-labelledby="reflection-compare">
      <Heading level={2} id="reflection-compare">
        {t('kaarten.reflection.compareTitle')}
      </Heading>
      <QueryState query={comparison}>
        {(data) => (
          <dl className="ww-reflection-list">
            {data.cards.map((c) => (
              <div key={c.cardId}>
                <dt>{c.question[lang]}</dt>
                <dd>
                  <strong>{t('kaarten.reflection.before')}:</strong> {answer(c.before)}
                </dd>
                <dd>
                  <strong>{t('kaarten.reflection.after')}:</strong> {answer(c.after)}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </QueryState>
    </section>
  );
}
