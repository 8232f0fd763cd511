import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useVocabularies } from '../../api/catalogue';
import { useMe } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useSave } from '../../hooks/useSave';
import { useLanguage } from '../../hooks/useLanguage';
import { todayIso } from './common';
import {
  buildHouseholdBody,
  emptyHouseholdForm,
  formFromHousehold,
  type HouseholdForm,
} from './household-form';
import {
  AdultFields,
  ChildFields,
  LifeEventFields,
  PlaceAndLanguageFields,
  ReferenceFields,
} from './HouseholdFormFields';
import { SituationFields } from './SituationFields';
import {
  householdChanges,
  fetchHousehold,
  householdKeys,
  type HouseholdDetail,
} from './households-api';

/** Change the details of a household, with the same form. */
export function EditHouseholdPage() {
  const { id = '' } = useParams();
  const household = useQuery({
    queryKey: householdKeys.one(id),
    queryFn: () => fetchHousehold(id),
  });
  return <QueryState query={household}>{(h) => <NewHouseholdPage existing={h} />}</QueryState>;
}

/** Names of the fields as the error summary shows them, keyed as the API names them. */
function useHouseholdFieldLabels(form: HouseholdForm, eventName: (id: string) => string) {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    reference: t('huishoudens.fields.reference'),
    label: t('huishoudens.fields.label'),
    startDate: t('huishoudens.fields.startDate'),
    'data.gemeente': t('huishoudens.fields.gemeente'),
    'data.gemeente.code': t('huishoudens.fields.gemeente'),
    'data.wijk': t('huishoudens.fields.wijk'),
    'data.languages': t('huishoudens.fields.languages'),
    'data.adults': t('huishoudens.form.adults'),
  };
  form.adults.forEach((_, i) => {
    labels[`data.adults.${i}.birthYear`] = t('huishoudens.form.adultYear', { n: i + 1 });
    labels[`data.adults.${i}.workStatus`] = t('huishoudens.form.adultStatus', { n: i + 1 });
  });
  form.children.forEach((_, i) => {
    labels[`data.children.${i}.ref`] = t('huishoudens.form.childRef', { n: i + 1 });
    labels[`data.children.${i}.birthYear`] = t('huishoudens.form.childYear', { n: i + 1 });
  });
  Object.keys(form.lifeEvents).forEach((id, i) => {
    labels[`data.lifeEvents.${i}.year`] = t('huishoudens.form.eventYear', { event: eventName(id) });
  });
  return labels;
}

/** Saving the form: a change to the household that is open, or a new one; then its page. */
function useSaveHousehold(existing: HouseholdDetail | undefined) {
  const navigate = useNavigate();
  const client = useQueryClient();
  return useSave(
    async (body: unknown) =>
      existing
        ? { id: (await householdChanges.update(existing.id, body)).id, created: false }
        : { id: (await householdChanges.create(body)).id, created: true },
    async ({ id, created }) => {
      await client.invalidateQueries({ queryKey: householdKeys.all });
      void navigate(`/huishoudens/${id}`, created ? { state: { created: true } } : undefined);
    },
  );
}

/** The title, and what the form never asks for. */
function HouseholdFormIntro({ existing }: { existing: HouseholdDetail | undefined }) {
  const { t } = useTranslation();
  const title = existing
    ? t('huishoudens.form.editTitle', { label: existing.label })
    : t('huishoudens.form.title');
  return (
    <>
      <PageTitle title={title} />
      <Heading level={1}>{title}</Heading>
      <Alert type="info">
        <Paragraph>
          <strong>{t('huishoudens.form.privacyShort')}</strong> {t('huishoudens.form.privacy')}
        </Paragraph>
      </Alert>
    </>
  );
}

/** Register a household: the minimum needed to help, never a name, address or BSN. */
export function NewHouseholdPage({ existing }: { existing?: HouseholdDetail } = {}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const me = useMe();
  const vocabularies = useVocabularies();
  const gemeenten = me.organisation.gemeenten;
  const [form, setForm] = useState<HouseholdForm>(() =>
    existing ? formFromHousehold(existing) : emptyHouseholdForm(todayIso(), gemeenten),
  );
  const saving = useSaveHousehold(existing);
  const { errors, setFieldErrors, summaryRef, busy } = saving;
  const lifeEvents = vocabularies.data?.life_events ?? [];
  const eventName = (id: string) => lifeEvents.find((e) => e.id === id)?.[lang] ?? id;
  const labels = useHouseholdFieldLabels(form, eventName);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const built = buildHouseholdBody(form, gemeenten);
    if (!built.ok) {
      const fields: Record<string, string> = {};
      for (const [field, key] of Object.entries(built.problems)) fields[field] = t(key);
      setFieldErrors(fields);
      return;
    }
    saving.save(built.body);
  };

  const error = (field: string) => errors.fields[field];
  const errorUnder = (prefix: string) =>
    Object.entries(errors.fields).find(([k]) => k.startsWith(`${prefix}.`))?.[1];
  const fields = { form, setForm, error };

  return (
    <>
      <HouseholdFormIntro existing={existing} />
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate className="ww-form">
        <ReferenceFields {...fields} />
        <AdultFields {...fields} />
        <ChildFields {...fields} />
        <PlaceAndLanguageFields {...fields} gemeenten={gemeenten} errorUnder={errorUnder} />
        <SituationFields form={form} onChange={(change) => setForm((f) => ({ ...f, ...change }))} />
        <LifeEventFields
          {...fields}
          lifeEvents={lifeEvents.map((e) => ({ value: e.id, label: e[lang] }))}
          eventName={eventName}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('huishoudens.form.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
