import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { post } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TeamTargetSelect } from '../../components/TeamTargetSelect';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { todayIso } from '../../today';
import { RadioGroup } from '../check/fields';
import { fetchHandoverTargets, signalKeys, signalPaths, type HandoverTargets } from './signals-api';

type Target = HandoverTargets['items'][number];
const HOWS = ['mondeling', 'schriftelijk'] as const;
const P = 'handover-';

/** Help accepted: hand the case to a team as a pseudonymous household, with consent and a scan. */
export function SignalHandoverForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const targets = useQuery({
    queryKey: signalKeys.targets(caseId),
    queryFn: () => fetchHandoverTargets(caseId),
  });
  return (
    <section aria-labelledby="handover">
      <Heading level={2} id="handover">
        {t('signalen.handover.title')}
      </Heading>
      <QueryState query={targets}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('signalen.handover.noTargets')}</Paragraph>
          ) : (
            <HandoverFields caseId={caseId} targets={items} />
          )
        }
      </QueryState>
    </section>
  );
}

/** "2014, 2019" as years; anything else is sent as is, so the server names the field. */
function birthYears(text: string): number[] {
  return text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((y) => Number(y));
}

type HandoverForm = {
  teamId: string;
  gemeente: string;
  reference: string;
  label: string;
  adultYear: string;
  childYears: string;
  how: (typeof HOWS)[number];
  givenAt: string;
  on: string;
};

/** The handover's answers, and sending them (the chosen team's gemeente, years as numbers). */
function useHandover(caseId: string, targets: Target[]) {
  const client = useQueryClient();
  const [form, setForm] = useState<HandoverForm>(() => ({
    teamId: targets[0]!.teamId,
    gemeente: targets[0]!.gemeenten[0]!.code,
    reference: '',
    label: '',
    adultYear: '',
    childYears: '',
    how: 'mondeling',
    givenAt: todayIso(),
    on: todayIso(),
  }));
  const set = (key: keyof HandoverForm) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const team = targets.find((x) => x.teamId === form.teamId) ?? targets[0]!;
  const chosenGemeente = team.gemeenten.find((g) => g.code === form.gemeente) ?? team.gemeenten[0]!;
  const saving = useSave(
    () =>
      post(signalPaths.handover(caseId), {
        teamId: form.teamId,
        reference: form.reference,
        label: form.label,
        data: {
          adults: [form.adultYear ? { birthYear: Number(form.adultYear) } : {}],
          children: birthYears(form.childYears).map((birthYear, i) => ({
            ref: `kind ${i + 1}`,
            birthYear,
          })),
          gemeente: chosenGemeente,
        },
        consent: { how: form.how, givenAt: form.givenAt },
        on: form.on,
      }),
    () => client.invalidateQueries({ queryKey: signalKeys.all }),
  );
  return { form, set, team, chosenGemeente, saving };
}

function HandoverFields({ caseId, targets }: { caseId: string; targets: Target[] }) {
  const { t } = useTranslation();
  const { form, set, team, chosenGemeente, saving } = useHandover(caseId, targets);
  const { errors, summaryRef, save, busy } = saving;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(undefined);
  };
  const childError = Object.entries(errors.fields).find(([k]) => k.startsWith('data.children'));
  return (
    <>
      <Paragraph>{t('signalen.handover.intro')}</Paragraph>
      <form onSubmit={submit} className="ww-form" noValidate>
        <ErrorSummary
          errors={errors}
          summaryRef={summaryRef}
          labels={{
            teamId: t('signalen.handover.team'),
            'data.gemeente': t('signalen.handover.gemeente'),
            reference: t('signalen.handover.reference'),
            label: t('signalen.handover.label'),
            'data.adults.0.birthYear': t('signalen.handover.adultBirthYear'),
            ...(childError ? { [childError[0]]: t('signalen.handover.childBirthYears') } : {}),
            'consent.givenAt': t('signalen.handover.givenAt'),
            on: t('signalen.handover.on'),
          }}
          idPrefix={P}
        />
        <TeamTargetSelect
          idPrefix={P}
          label={t('signalen.handover.team')}
          targets={targets}
          value={form.teamId}
          onChange={set('teamId')}
          error={errors.fields.teamId}
        />
        <SelectField
          idPrefix={P}
          name="data.gemeente"
          label={t('signalen.handover.gemeente')}
          value={chosenGemeente.code}
          options={team.gemeenten.map((g) => ({ value: g.code, label: g.name }))}
          onChange={set('gemeente')}
          error={errors.fields['data.gemeente']}
        />
        <HouseholdFields
          form={form}
          set={set}
          errors={errors.fields}
          childError={childError?.[0]}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('signalen.handover.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** The household's pseudonym and birth years, its consent, and the handover date. */
function HouseholdFields({
  form,
  set,
  errors,
  childError,
}: {
  form: HandoverForm;
  set: (key: keyof HandoverForm) => (value: string) => void;
  errors: Record<string, string>;
  /** The API's name of the first wrong child birth year, when there is one. */
  childError: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        idPrefix={P}
        name="reference"
        label={t('signalen.handover.reference')}
        description={t('signalen.handover.referenceHint')}
        value={form.reference}
        onChange={set('reference')}
        error={errors.reference}
      />
      <TextField
        idPrefix={P}
        name="label"
        label={t('signalen.handover.label')}
        value={form.label}
        onChange={set('label')}
        error={errors.label}
      />
      <TextField
        idPrefix={P}
        name="data.adults.0.birthYear"
        label={t('signalen.handover.adultBirthYear')}
        inputMode="numeric"
        value={form.adultYear}
        onChange={set('adultYear')}
        error={errors['data.adults.0.birthYear']}
      />
      <TextField
        idPrefix={P}
        name={childError ?? 'data.children'}
        label={t('signalen.handover.childBirthYears')}
        description={t('signalen.handover.childBirthYearsHint')}
        value={form.childYears}
        onChange={set('childYears')}
        error={childError ? t('signalen.handover.childBirthYearsInvalid') : undefined}
      />
      <fieldset>
        <legend>{t('signalen.handover.consentLegend')}</legend>
        <RadioGroup
          name="how"
          legend={t('signalen.handover.how')}
          options={HOWS.map((h) => ({ value: h, label: t(`signalen.handover.hows.${h}`) }))}
          value={form.how}
          onChange={set('how')}
        />
        <TextField
          idPrefix={P}
          name="consent.givenAt"
          type="date"
          label={t('signalen.handover.givenAt')}
          value={form.givenAt}
          onChange={set('givenAt')}
          error={errors['consent.givenAt']}
        />
      </fieldset>
      <TextField
        idPrefix={P}
        name="on"
        type="date"
        label={t('signalen.handover.on')}
        value={form.on}
        onChange={set('on')}
        error={errors.on}
      />
    </>
  );
}
