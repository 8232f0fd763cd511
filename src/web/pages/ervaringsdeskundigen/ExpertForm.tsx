import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { consentHows } from '../../../contract/households';
import {
  AGREEMENTS_MAX,
  EXPERT_NAME_MAX,
  type ExperienceExpertView,
} from '../../../contract/experience-experts';
import {
  DAY_PARTS,
  EXPERT_ROLES,
  WEEKDAYS,
} from '../../../domain/experience-experts/experience-expert';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../today';
import type { ExpertFormBody } from './experts-api';

export type ExpertFormState = {
  name: string;
  email: string;
  phone: string;
  roles: string[];
  agreements: string;
  days: string[];
  dayParts: string[];
  unavailableUntil: string;
  consentGivenAt: string;
  consentHow: string;
};

export function initialForm(expert?: ExperienceExpertView): ExpertFormState {
  return {
    name: expert?.name ?? '',
    email: expert?.email ?? '',
    phone: expert?.phone ?? '',
    roles: expert?.roles ?? [],
    agreements: expert?.agreements ?? '',
    days: expert?.availability.days ?? [],
    dayParts: expert?.availability.dayParts ?? [],
    unavailableUntil: expert?.availability.unavailableUntil ?? '',
    consentGivenAt: expert?.consent.givenAt ?? todayIso(),
    consentHow: expert?.consent.how ?? 'mondeling',
  };
}

/** The request the API takes; the consent only when the entry is new. */
export function toBody(form: ExpertFormState, withConsent: boolean): ExpertFormBody {
  return {
    name: form.name,
    email: form.email,
    phone: form.phone,
    roles: form.roles as ExpertFormBody['roles'],
    agreements: form.agreements,
    availability: {
      days: form.days as (typeof WEEKDAYS)[number][],
      dayParts: form.dayParts as (typeof DAY_PARTS)[number][],
      unavailableUntil: form.unavailableUntil || null,
    },
    ...(withConsent
      ? {
          consent: {
            givenAt: form.consentGivenAt,
            how: form.consentHow as (typeof consentHows)[number],
          },
        }
      : {}),
  };
}

type Saving = {
  errors: { attempt: number; general: string | null; fields: Record<string, string> };
  summaryRef: React.RefObject<HTMLDivElement | null>;
  busy: boolean;
  save: (form: ExpertFormState) => void;
};

/** The entry's fields; the consent part only for a new entry (a consent is not edited). */
export function ExpertForm({
  initial,
  withConsent,
  saving,
}: {
  initial: ExpertFormState;
  withConsent: boolean;
  saving: Saving;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const set =
    <K extends keyof ExpertFormState>(key: K) =>
    (value: ExpertFormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const { fields } = saving.errors;
  const error = (name: string) =>
    fields[name] ?? Object.entries(fields).find(([k]) => k.startsWith(`${name}.`))?.[1];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.save(form);
  };
  return (
    <>
      <ErrorSummary errors={saving.errors} summaryRef={saving.summaryRef} labels={useLabels()} />
      <form onSubmit={submit} noValidate className="ww-form">
        <ContactFields form={form} set={set} error={error} />
        <CheckboxGroup
          name="roles"
          legend={t('ervaringsdeskundigen.roles')}
          options={EXPERT_ROLES.map((r) => ({
            value: r,
            label: t(`ervaringsdeskundigen.role.${r}`),
          }))}
          value={form.roles}
          onChange={set('roles')}
          error={error('roles')}
        />
        <TextAreaField
          name="agreements"
          label={t('ervaringsdeskundigen.agreements')}
          description={t('ervaringsdeskundigen.agreementsHint')}
          value={form.agreements}
          rows={3}
          maxLength={AGREEMENTS_MAX}
          onChange={set('agreements')}
          error={fields.agreements}
        />
        <AvailabilityFields form={form} set={set} error={error} />
        {withConsent && <ConsentFields form={form} set={set} error={error} />}
        <div>
          <Button appearance="primary-action-button" type="submit" disabled={saving.busy}>
            {t('ervaringsdeskundigen.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

type PartProps = {
  form: ExpertFormState;
  set: <K extends keyof ExpertFormState>(key: K) => (value: ExpertFormState[K]) => void;
  error: (name: string) => string | undefined;
};

function ContactFields({ form, set, error }: PartProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="name"
        label={t('ervaringsdeskundigen.name')}
        description={t('ervaringsdeskundigen.nameHint')}
        value={form.name}
        maxLength={EXPERT_NAME_MAX}
        autoComplete="off"
        onChange={set('name')}
        error={error('name')}
      />
      <TextField
        name="email"
        type="email"
        label={t('ervaringsdeskundigen.email')}
        description={t('ervaringsdeskundigen.contactHint')}
        value={form.email}
        autoComplete="off"
        onChange={set('email')}
        error={error('email')}
      />
      <TextField
        name="phone"
        type="tel"
        label={t('ervaringsdeskundigen.phone')}
        value={form.phone}
        autoComplete="off"
        onChange={set('phone')}
        error={error('phone')}
      />
    </>
  );
}

function AvailabilityFields({ form, set, error }: PartProps) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroup
        name="availability.days"
        legend={t('ervaringsdeskundigen.days')}
        options={WEEKDAYS.map((d) => ({ value: d, label: t(`ervaringsdeskundigen.day.${d}`) }))}
        value={form.days}
        onChange={set('days')}
        error={error('availability.days')}
      />
      <CheckboxGroup
        name="availability.dayParts"
        legend={t('ervaringsdeskundigen.dayParts')}
        options={DAY_PARTS.map((p) => ({
          value: p,
          label: t(`ervaringsdeskundigen.dayPart.${p}`),
        }))}
        value={form.dayParts}
        onChange={set('dayParts')}
        error={error('availability.dayParts')}
      />
      <TextField
        name="availability.unavailableUntil"
        type="date"
        label={t('ervaringsdeskundigen.unavailableUntil')}
        description={t('ervaringsdeskundigen.unavailableUntilHint')}
        value={form.unavailableUntil}
        onChange={set('unavailableUntil')}
        error={error('availability.unavailableUntil')}
      />
    </>
  );
}

function ConsentFields({ form, set, error }: PartProps) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('ervaringsdeskundigen.consent')}</FieldsetLegend>
      <TextField
        name="consent.givenAt"
        type="date"
        label={t('ervaringsdeskundigen.consentGivenAt')}
        value={form.consentGivenAt}
        onChange={set('consentGivenAt')}
        error={error('consent.givenAt') ?? error('consent')}
      />
      <SelectField
        name="consent.how"
        label={t('ervaringsdeskundigen.consentHow')}
        value={form.consentHow}
        options={consentHows.map((h) => ({
          value: h,
          label: t(`ervaringsdeskundigen.consentHowOption.${h}`),
        }))}
        onChange={set('consentHow')}
        error={error('consent.how')}
      />
    </Fieldset>
  );
}

/** Field names as the API reports them → the labels the form shows. */
function useLabels(): Record<string, string> {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    name: t('ervaringsdeskundigen.name'),
    email: t('ervaringsdeskundigen.email'),
    phone: t('ervaringsdeskundigen.phone'),
    roles: t('ervaringsdeskundigen.roles'),
    agreements: t('ervaringsdeskundigen.agreements'),
    'availability.days': t('ervaringsdeskundigen.days'),
    'availability.dayParts': t('ervaringsdeskundigen.dayParts'),
    'availability.unavailableUntil': t('ervaringsdeskundigen.unavailableUntil'),
    consent: t('ervaringsdeskundigen.consent'),
    'consent.givenAt': t('ervaringsdeskundigen.consentGivenAt'),
    'consent.how': t('ervaringsdeskundigen.consentHow'),
  };
  for (let i = 0; i < EXPERT_ROLES.length; i += 1) labels[`roles.${i}`] = labels.roles!;
  return labels;
}
