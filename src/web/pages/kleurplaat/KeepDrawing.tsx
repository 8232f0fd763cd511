import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { DRAWING_NOTE_MAX } from '../../../contract/kleurplaat';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useSave } from '../../hooks/useSave';
import { drawingKeys, saveDrawing, useDrawings } from './kleurplaat-api';

/** Keeping the drawing with a child of the household: offered only when its consent allows it. */
export function KeepDrawing({
  householdId,
  fills,
}: {
  householdId: string;
  fills: Record<string, string>;
}) {
  const { t } = useTranslation();
  const drawings = useDrawings(householdId);
  return (
    <section aria-labelledby="kp-keep" className="ww-kp-keep">
      <Heading level={2} id="kp-keep">
        {t('kleurplaat.withHousehold')}
      </Heading>
      <QueryState query={drawings}>
        {(list) =>
          !list.canSave ? (
            <Paragraph>{t('kleurplaat.noConsent')}</Paragraph>
          ) : list.children.length === 0 ? (
            <Paragraph>{t('kleurplaat.noChildren')}</Paragraph>
          ) : (
            <KeepForm householdId={householdId} childRefs={list.children} fills={fills} />
          )
        }
      </QueryState>
      <Paragraph>
        <RouterLink to={`/huishoudens/${householdId}`}>{t('kleurplaat.back')}</RouterLink>
      </Paragraph>
    </section>
  );
}

function KeepForm(props: {
  householdId: string;
  childRefs: string[];
  fills: Record<string, string>;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [childRef, setChildRef] = useState(props.childRefs[0]!);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const keeping = useSave(
    () =>
      saveDrawing(props.householdId, {
        childRef,
        fills: props.fills,
        note: note.trim() || null,
      }),
    async (saved) => {
      setDone(t('kleurplaat.saved', { child: saved.childRef }));
      setNote('');
      await client.invalidateQueries({ queryKey: drawingKeys.of(props.householdId) });
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    keeping.save(undefined);
  };
  return (
    <>
      <Paragraph>{t('kleurplaat.saveIntro')}</Paragraph>
      {done && <StatusMessage>{done}</StatusMessage>}
      <ErrorSummary
        errors={keeping.errors}
        summaryRef={keeping.summaryRef}
        idPrefix="kp-"
        labels={{
          childRef: t('kleurplaat.child'),
          note: t('kleurplaat.note'),
          fills: t('kleurplaat.title'),
        }}
      />
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="childRef"
          idPrefix="kp-"
          label={t('kleurplaat.child')}
          value={childRef}
          onChange={setChildRef}
          options={props.childRefs.map((ref) => ({ value: ref, label: ref }))}
          error={keeping.errors.fields.childRef}
        />
        <TextAreaField
          name="note"
          idPrefix="kp-"
          label={t('kleurplaat.note')}
          description={t('kleurplaat.noteHint')}
          value={note}
          maxLength={DRAWING_NOTE_MAX}
          onChange={setNote}
          error={keeping.errors.fields.note}
        />
        <div>
          <Button appearance="primary-action-button" type="submit" disabled={keeping.busy}>
            {t('kleurplaat.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
