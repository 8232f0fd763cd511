import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import type { LifecycleStep } from '../../../contract/catalogue';
import { post } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { useSave } from '../../hooks/useSave';
import { formatDate } from './format';
import { History } from './History';

// What every versioned entry (local offer, local item, specialist) shows its editors: confirm it is
// still right, archive or restore it, and read its history. One piece, so the next kinds of
// entry get the same buttons, messages and history.

/**
 * Takes a step on the entry at `path` (its API address) and refreshes the history and the
 * queries in `refresh` that show the entry. Says what happened, or what went wrong (through
 * useSave, as forms do).
 */
export function useEntrySteps(path: string, refresh: QueryKey[]) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const stepping = useSave(
    (step: LifecycleStep) => post(`${path}/${step}`),
    async (_: unknown, step) => {
      setDone(t(`wegwijzer.offer.done.${step}`));
      for (const queryKey of [['history'], ...refresh])
        await client.invalidateQueries({ queryKey });
    },
  );
  const take = (step: LifecycleStep) => {
    setDone(null);
    stepping.save(step);
  };
  const { busy, errors, summaryRef } = stepping;
  return { take, done, busy, errors, summaryRef };
}

type Steps = ReturnType<typeof useEntrySteps>;

/** What the last step did, or why it failed. */
export function StepOutcome({ steps }: { steps: Steps }) {
  if (steps.done) return <StatusMessage>{steps.done}</StatusMessage>;
  return <ErrorSummary errors={steps.errors} summaryRef={steps.summaryRef} labels={{}} />;
}

/**
 * The two buttons: confirm the entry is still right, and archive or restore it. Where several
 * entries stand on one page, `name` puts the entry's name in each button's label.
 */
export function EntryStepButtons({
  steps,
  archived,
  name,
}: {
  steps: Steps;
  archived: boolean;
  name?: string;
}) {
  const { t } = useTranslation();
  const appearance = name ? 'subtle-button' : 'secondary-action-button';
  const back = archived ? 'restore' : 'archive';
  return (
    <>
      <Button appearance={appearance} disabled={steps.busy} onClick={() => steps.take('checked')}>
        {name ? t('wegwijzer.manage.checkedPerson', { name }) : t('wegwijzer.offer.markChecked')}
      </Button>
      <Button appearance={appearance} disabled={steps.busy} onClick={() => steps.take(back)}>
        {archived
          ? name
            ? t('wegwijzer.manage.restorePerson', { name })
            : t('wegwijzer.offer.restore')
          : name
            ? t('wegwijzer.manage.archivePerson', { name })
            : t('wegwijzer.offer.archive')}
      </Button>
    </>
  );
}

/** An entry's steps and then its history, as an edit page shows them below the form. */
export function VersionedEntryPanel({
  path,
  archived,
  refresh,
}: {
  path: string;
  archived: boolean;
  refresh: QueryKey[];
}) {
  const { t } = useTranslation();
  const steps = useEntrySteps(path, refresh);
  return (
    <>
      <section aria-labelledby="entry-steps" className="ww-no-print">
        <Heading level={2} id="entry-steps">
          {t('wegwijzer.offer.actions')}
        </Heading>
        <Paragraph>{t('wegwijzer.offer.checkedHint')}</Paragraph>
        <StepOutcome steps={steps} />
        <ButtonGroup>
          <EntryStepButtons steps={steps} archived={archived} />
        </ButtonGroup>
      </section>
      <History path={`${path}/history`} />
    </>
  );
}

/**
 * "Ik heb dit nagekeken" in an entry's edit form: only a save with this box ticked records the
 * entry as checked by this person (ADR 0205). It is a per-save statement, so it starts unticked.
 */
export function CheckedConfirmation({
  checked,
  onChange,
  idPrefix = '',
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const id = `${idPrefix}checked`;
  return (
    <FormField type="checkbox">
      <Paragraph className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox">
          <Checkbox
            id={id}
            className="utrecht-form-field__input"
            checked={checked}
            aria-describedby={`${id}-hint`}
            onChange={(e) => onChange(e.target.checked)}
          />
          {t('wegwijzer.entry.confirmChecked')}
        </FormLabel>
      </Paragraph>
      <FormFieldDescription id={`${id}-hint`}>
        {t('wegwijzer.entry.confirmCheckedHint')}
      </FormFieldDescription>
    </FormField>
  );
}

/** "Nagekeken op … door …", or honestly "Nog niet nagekeken" when nobody has confirmed it. */
export function useCheckedLine() {
  const { t, i18n } = useTranslation();
  return (lastCheckedAt: string | null, lastCheckedBy: string | null) =>
    lastCheckedAt === null
      ? t('wegwijzer.entry.notChecked')
      : t('wegwijzer.item.checked', {
          date: formatDate(lastCheckedAt, i18n.language),
          name: lastCheckedBy ?? '—',
        });
}
