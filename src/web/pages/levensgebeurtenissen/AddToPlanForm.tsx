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

/** Puts the checklist in the plan of one of the worker's households. Not printed. */
export function AddToPlanForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const households = useQuery({
    queryKey: ['households', 'open'],
    queryFn: () => fetchHouseholds(false),
  });
  const [householdId, setHouseholdId] = useState('');
  const [language, setLanguage] = useState<'nl' | 'en'>(lang);
  const { errors, summaryRef, save, busy, saved, setFieldErrors } = useSave(
    () => addLifeEventToPlan(householdId, eventId, language),
    (result) => client.setQueryData(householdKeys.plan(householdId), result),
  );
  const [added, setAdded] = useState<{ actions: number; referrals: number } | null>(null);
  const [addedTo, setAddedTo] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    if (!householdId) {
      setFieldErrors({ householdId: t('levensgebeurtenissen.add.chooseFirst') });
      return;
    }
    save(undefined, {
      onSuccess: (result) => {
        setAdded(result.added);
        setAddedTo(householdId);
      },
    });
  };
  const list = households.data ?? [];
  return (
    <section aria-labelledby="le-add" className="ww-no-print ww-checklist-add">
      <Heading level={2} id="le-add">
        {t('levensgebeurtenissen.add.title')}
      </Heading>
      <Paragraph>{t('levensgebeurtenissen.add.intro')}</Paragraph>
      {saved && added && (
        <StatusMessage>
          {t('levensgebeurtenissen.add.added', added)}{' '}
          <RouterLink to={`/huishoudens/${addedTo}/plan`}>
            {t('levensgebeurtenissen.add.openPlan')}
          </RouterLink>
        </StatusMessage>
      )}
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
