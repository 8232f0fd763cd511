import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { addLifeEventToPlan } from '../../api/life-events';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { SelectField } from '../../components/SelectField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { RadioGroup } from '../check/fields';
import { fetchHouseholds, householdKeys } from '../huishoudens/households-api';

type Added = { actions: number; referrals: number };

/** The form's state: the chosen household and language, and what the last save added where. */
function useAddToPlan(eventId: string) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [householdId, setHouseholdId] = useState('');
  const lang = useLanguage();
  const [language, setLanguage] = useState<'nl' | 'en'>(lang);
  const saving = useSave(
    () => addLifeEventToPlan(householdId, eventId, language),
    (result) => client.setQueryData(householdKeys.plan(householdId), result),
  );
  const [added, setAdded] = useState<Added | null>(null);
  const [addedTo, setAddedTo] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    if (!householdId) {
      saving.setFieldErrors({ householdId: t('levensgebeurtenissen.add.chooseFirst') });
      return;
    }
    saving.save(undefined, {
      onSuccess: (result) => {
        setAdded(result.added);
        setAddedTo(householdId);
      },
    });
  };
  const done = saving.saved && added ? { added, householdId: addedTo } : null;
  return { householdId, setHouseholdId, language, setLanguage, saving, submit, done };
}

/** Puts the checklist in the plan of one of the worker's households. Not printed. */
export function AddToPlanForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const households = useQuery({
    queryKey: ['households', 'open'],
    queryFn: () => fetchHouseholds(false),
  });
  const { householdId, setHouseholdId, language, setLanguage, saving, submit, done } =
    useAddToPlan(eventId);
  const { errors, summaryRef, busy } = saving;
  const list = households.data ?? [];
  return (
    <section aria-labelledby="le-add" className="ww-no-print ww-checklist-add">
      <Heading level={2} id="le-add">
        {t('levensgebeurtenissen.add.title')}
      </Heading>
      <Paragraph>{t('levensgebeurtenissen.add.intro')}</Paragraph>
      {done && <AddedMessage added={done.added} householdId={done.householdId} />}
      <form onSubmit={submit} className="ww-form" noValidate>
        <ErrorSummary
          errors={errors}
          summaryRef={summaryRef}
          labels={{
            householdId: t('levensgebeurtenissen.add.household'),
            lifeEventId: t('levensgebeurtenissen.title'),
            version: t('levensgebeurtenissen.add.household'),
          }}
        />
        <SelectField
          name="householdId"
          label={t('levensgebeurtenissen.add.household')}
          description={
            households.isSuccess && list.length === 0
              ? t('levensgebeurtenissen.add.none')
              : undefined
          }
          value={householdId}
          onChange={setHouseholdId}
          options={[
            { value: '', label: t('levensgebeurtenissen.add.choose') },
            ...list.map((h) => ({ value: h.id, label: `${h.label} (${h.reference})` })),
          ]}
          error={errors.fields.householdId}
        />
        <RadioGroup
          name="language"
          legend={t('levensgebeurtenissen.add.language')}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
          value={language}
          onChange={setLanguage}
        />
        <Button appearance="primary-action-button" type="submit" disabled={busy}>
          {t('levensgebeurtenissen.add.submit')}
        </Button>
      </form>
    </section>
  );
}

/** What was added, with a link to the plan it went into. */
function AddedMessage({ added, householdId }: { added: Added; householdId: string }) {
  const { t } = useTranslation();
  return (
    <StatusMessage>
      {t('levensgebeurtenissen.add.added', added)}{' '}
      <RouterLink to={`/huishoudens/${householdId}/plan`}>
        {t('levensgebeurtenissen.add.openPlan')}
      </RouterLink>
    </StatusMessage>
  );
}
