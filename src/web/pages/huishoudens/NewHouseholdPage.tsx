import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useVocabularies } from '../../api/catalogue';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { useLanguage } from '../../hooks/useLanguage';
import { CheckboxField } from '../check/fields';
import { todayIso } from './common';
import {
  buildHouseholdBody,
  emptyHouseholdForm,
  formFromHousehold,
  type AdultRow,
  type HouseholdForm,
} from './household-form';
import { SituationFields } from './SituationFields';
import { WORK_STATUSES } from '../../../domain/matching/fit';
import {
  householdChanges,
  fetchHousehold,
  householdKeys,
  type HouseholdDetail,
} from './households-api';

/** Moves focus to a field that was just added, once it is on the page. */
function focusSoon(name: string) {
  setTimeout(() => document.getElementById(fieldId(name))?.focus(), 0);
}

/** Change the details of a household, with the same form. */
export function EditHouseholdPage() {
  const { id = '' } = useParams();
  const household = useQuery({
    queryKey: householdKeys.one(id),
    queryFn: () => fetchHousehold(id),
  });
  return <QueryState query={household}>{(h) => <NewHouseholdPage existing={h} />}</QueryState>;
}

/** Register a household: the minimum needed to help, never a name, address or BSN. */
export function NewHouseholdPage({ existing }: { existing?: HouseholdDetail } = {}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const vocabularies = useVocabularies();
  const gemeenten = me.organisation.gemeenten;
  const [form, setForm] = useState<HouseholdForm>(() =>
    existing ? formFromHousehold(existing) : emptyHouseholdForm(todayIso(), gemeenten),
  );
  // Saving the form: a change to the household that is open, or a new one.
  const saving = useSave(
    async (body: unknown) =>
      existing
        ? { id: (await householdChanges.update(existing.id, body)).id, created: false }
        : { id: (await householdChanges.create(body)).id, created: true },
    async ({ id, created }) => {
      await client.invalidateQueries({ queryKey: householdKeys.all });
      void navigate(`/huishoudens/${id}`, created ? { state: { created: true } } : undefined);
    },
  );
  const { errors, setFieldErrors, summaryRef, busy } = saving;
  const set =
    <K extends keyof HouseholdForm>(key: K) =>
    (value: HouseholdForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const lifeEvents = vocabularies.data?.life_events ?? [];
  const eventName = (id: string) => lifeEvents.find((e) => e.id === id)?.[lang] ?? id;
  const ticked = Object.keys(form.lifeEvents);

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
  const workStatusOptions = ['' as const, ...WORK_STATUSES].map((value) => ({
    value,
    label: t(`huishoudens.form.workStatuses.${value}`),
  }));
  form.children.forEach((_, i) => {
    labels[`data.children.${i}.ref`] = t('huishoudens.form.childRef', { n: i + 1 });
    labels[`data.children.${i}.birthYear`] = t('huishoudens.form.childYear', { n: i + 1 });
  });
  ticked.forEach((id, i) => {
    labels[`data.lifeEvents.${i}.year`] = t('huishoudens.form.eventYear', { event: eventName(id) });
  });

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
  const setAdult = (i: number, change: Partial<AdultRow>) =>
    setForm((f) => ({
      ...f,
      adults: f.adults.map((a, j) => (j === i ? { ...a, ...change } : a)),
    }));
  const setChild = (i: number, change: Partial<HouseholdForm['children'][number]>) =>
    setForm((f) => ({
      ...f,
      children: f.children.map((c, j) => (j === i ? { ...c, ...change } : c)),
    }));

  return (
    <>
      <PageTitle
        title={
          existing
            ? t('huishoudens.form.editTitle', { label: existing.label })
            : t('huishoudens.form.title')
        }
      />
      <Heading level={1}>
        {existing
          ? t('huishoudens.form.editTitle', { label: existing.label })
          : t('huishoudens.form.title')}
      </Heading>
      <Alert type="info">
        <Paragraph>
          <strong>{t('huishoudens.form.privacyShort')}</strong> {t('huishoudens.form.privacy')}
        </Paragraph>
      </Alert>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate className="ww-form">
        <TextField
          name="reference"
          label={t('huishoudens.fields.reference')}
          description={t('huishoudens.form.referenceHint')}
          value={form.reference}
          onChange={set('reference')}
          error={error('reference')}
          maxLength={40}
          autoComplete="off"
        />
        <TextField
          name="label"
          label={t('huishoudens.fields.label')}
          description={t('huishoudens.form.labelHint')}
          value={form.label}
          onChange={set('label')}
          error={error('label')}
          maxLength={40}
          autoComplete="off"
        />
        <TextField
          name="startDate"
          type="date"
          label={t('huishoudens.fields.startDate')}
          value={form.startDate}
          onChange={set('startDate')}
          error={error('startDate')}
        />

        <Fieldset>
          <FieldsetLegend>{t('huishoudens.form.adults')}</FieldsetLegend>
          <Paragraph>{t('huishoudens.form.adultsHint')}</Paragraph>
          {form.adults.map((a, i) => (
            <div className="ww-row" key={i}>
              <TextField
                name={`data.adults.${i}.birthYear`}
                label={t('huishoudens.form.adultYear', { n: i + 1 })}
                inputMode="numeric"
                maxLength={4}
                value={a.birthYear}
                onChange={(birthYear) => setAdult(i, { birthYear })}
                error={error(`data.adults.${i}.birthYear`)}
              />
              <SelectField
                name={`data.adults.${i}.workStatus`}
                label={t('huishoudens.form.adultStatus', { n: i + 1 })}
                value={a.workStatus}
                onChange={(v) => setAdult(i, { workStatus: v as AdultRow['workStatus'] })}
                error={error(`data.adults.${i}.workStatus`)}
                options={workStatusOptions}
              />
              {form.adults.length > 1 && (
                <Button
                  appearance="subtle-button"
                  type="button"
                  onClick={() => {
                    setForm((f) => ({ ...f, adults: f.adults.filter((_, j) => j !== i) }));
                    focusSoon('add-adult');
                  }}
                >
                  {t('huishoudens.form.removeAdult', { n: i + 1 })}
                </Button>
              )}
            </div>
          ))}
          <Button
            appearance="secondary-action-button"
            type="button"
            id={fieldId('add-adult')}
            onClick={() => {
              setForm((f) => ({
                ...f,
                adults: [...f.adults, { birthYear: '', workStatus: '' }],
              }));
              focusSoon(`data.adults.${form.adults.length}.birthYear`);
            }}
          >
            {t('huishoudens.form.addAdult')}
          </Button>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('huishoudens.form.children')}</FieldsetLegend>
          <Paragraph>{t('huishoudens.form.childrenHint')}</Paragraph>
          {form.children.map((c, i) => (
            <div className="ww-row" key={i}>
              <TextField
                name={`data.children.${i}.ref`}
                label={t('huishoudens.form.childRef', { n: i + 1 })}
                value={c.ref}
                maxLength={40}
                autoComplete="off"
                onChange={(ref) => setChild(i, { ref })}
                error={error(`data.children.${i}.ref`)}
              />
              <TextField
                name={`data.children.${i}.birthYear`}
                label={t('huishoudens.form.childYear', { n: i + 1 })}
                inputMode="numeric"
                maxLength={4}
                value={c.birthYear}
                onChange={(birthYear) => setChild(i, { birthYear })}
                error={error(`data.children.${i}.birthYear`)}
              />
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  setForm((f) => ({ ...f, children: f.children.filter((_, j) => j !== i) }));
                  focusSoon('add-child');
                }}
              >
                {t('huishoudens.form.removeChild', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button
            appearance="secondary-action-button"
            type="button"
            id={fieldId('add-child')}
            onClick={() => {
              setForm((f) => ({ ...f, children: [...f.children, { ref: '', birthYear: '' }] }));
              focusSoon(`data.children.${form.children.length}.ref`);
            }}
          >
            {t('huishoudens.form.addChild')}
          </Button>
        </Fieldset>

        <SelectField
          name="data.gemeente"
          label={t('huishoudens.fields.gemeente')}
          value={form.gemeente}
          onChange={set('gemeente')}
          error={error('data.gemeente') ?? error('data.gemeente.code')}
          options={[
            ...(gemeenten.length === 1 ? [] : [{ value: '', label: t('huishoudens.form.choose') }]),
            ...gemeenten.map((g) => ({ value: g.code, label: g.name })),
          ]}
        />
        <TextField
          name="data.wijk"
          label={t('huishoudens.fields.wijk')}
          value={form.wijk}
          onChange={set('wijk')}
          error={error('data.wijk')}
          maxLength={120}
        />
        <TextField
          name="data.languages"
          label={t('huishoudens.fields.languages')}
          description={t('huishoudens.form.languagesHint')}
          value={form.languages}
          onChange={set('languages')}
          error={
            error('data.languages') ??
            Object.entries(errors.fields).find(([k]) => k.startsWith('data.languages.'))?.[1]
          }
        />
        <CheckboxField
          name="data.interpreterNeeded"
          label={t('huishoudens.fields.interpreterNeeded')}
          checked={form.interpreterNeeded}
          onChange={set('interpreterNeeded')}
        />
        <SituationFields form={form} onChange={(change) => setForm((f) => ({ ...f, ...change }))} />
        <CheckboxGroup
          name="data.lifeEvents"
          legend={t('huishoudens.form.lifeEvents')}
          options={lifeEvents.map((e) => ({ value: e.id, label: e[lang] }))}
          value={ticked}
          onChange={(ids) =>
            setForm((f) => ({
              ...f,
              lifeEvents: Object.fromEntries(ids.map((id) => [id, f.lifeEvents[id] ?? ''])),
            }))
          }
        />
        {ticked.map((id, i) => (
          <TextField
            key={id}
            name={`data.lifeEvents.${i}.year`}
            label={t('huishoudens.form.eventYear', { event: eventName(id) })}
            description={t('huishoudens.form.eventYearHint')}
            inputMode="numeric"
            maxLength={4}
            value={form.lifeEvents[id] ?? ''}
            onChange={(year) =>
              setForm((f) => ({ ...f, lifeEvents: { ...f.lifeEvents, [id]: year } }))
            }
            error={error(`data.lifeEvents.${i}.year`)}
          />
        ))}
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('huishoudens.form.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
