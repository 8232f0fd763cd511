import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { fieldId } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { WORK_STATUSES } from '../../../domain/matching/fit';
import { CheckboxField } from '../check/fields';
import type { AdultRow, HouseholdForm } from './household-form';

// The field groups of the household form (NewHouseholdPage), each changing its own part of it.

export type HouseholdFieldsProps = {
  form: HouseholdForm;
  setForm: Dispatch<SetStateAction<HouseholdForm>>;
  /** The message for a field, as the API or the form's own checks name it. */
  error: (field: string) => string | undefined;
};

/** A setter for one field of the form. */
const setter =
  (setForm: HouseholdFieldsProps['setForm']) =>
  <K extends keyof HouseholdForm>(key: K) =>
  (value: HouseholdForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

/** Moves focus to a field that was just added, once it is on the page. */
function focusSoon(name: string) {
  setTimeout(() => document.getElementById(fieldId(name))?.focus(), 0);
}

/** How the team finds the household back, and since when it is helped; never a name. */
export function ReferenceFields({ form, setForm, error }: HouseholdFieldsProps) {
  const { t } = useTranslation();
  const set = setter(setForm);
  return (
    <>
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
    </>
  );
}

/** Birth year and work or school status per adult; a household keeps at least one adult. */
export function AdultFields({ form, setForm, error }: HouseholdFieldsProps) {
  const { t } = useTranslation();
  const workStatusOptions = ['' as const, ...WORK_STATUSES].map((value) => ({
    value,
    label: t(`huishoudens.form.workStatuses.${value}`),
  }));
  const setAdult = (i: number, change: Partial<AdultRow>) =>
    setForm((f) => ({
      ...f,
      adults: f.adults.map((a, j) => (j === i ? { ...a, ...change } : a)),
    }));
  return (
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
          setForm((f) => ({ ...f, adults: [...f.adults, { birthYear: '', workStatus: '' }] }));
          focusSoon(`data.adults.${form.adults.length}.birthYear`);
        }}
      >
        {t('huishoudens.form.addAdult')}
      </Button>
    </Fieldset>
  );
}

/** A short reference and birth year per child. */
export function ChildFields({ form, setForm, error }: HouseholdFieldsProps) {
  const { t } = useTranslation();
  const setChild = (i: number, change: Partial<HouseholdForm['children'][number]>) =>
    setForm((f) => ({
      ...f,
      children: f.children.map((c, j) => (j === i ? { ...c, ...change } : c)),
    }));
  return (
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
  );
}

/** Where the household lives and which languages it speaks. */
export function PlaceAndLanguageFields({
  form,
  setForm,
  error,
  gemeenten,
  errorUnder,
}: HouseholdFieldsProps & {
  gemeenten: readonly { code: string; name: string }[];
  /** The first message for a field or any of its parts. */
  errorUnder: (prefix: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = setter(setForm);
  return (
    <>
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
        error={error('data.languages') ?? errorUnder('data.languages')}
      />
      <CheckboxField
        name="data.interpreterNeeded"
        label={t('huishoudens.fields.interpreterNeeded')}
        checked={form.interpreterNeeded}
        onChange={set('interpreterNeeded')}
      />
    </>
  );
}

/** Life events the household went through, each with the year it happened. */
export function LifeEventFields({
  form,
  setForm,
  error,
  lifeEvents,
  eventName,
}: HouseholdFieldsProps & {
  lifeEvents: { value: string; label: string }[];
  eventName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const ticked = Object.keys(form.lifeEvents);
  return (
    <>
      <CheckboxGroup
        name="data.lifeEvents"
        legend={t('huishoudens.form.lifeEvents')}
        options={lifeEvents}
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
    </>
  );
}
