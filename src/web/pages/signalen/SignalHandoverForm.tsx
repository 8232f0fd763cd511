import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { post } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
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

function HandoverFields({ caseId, targets }: { caseId: string; targets: Target[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [teamId, setTeamId] = useState(targets[0]!.teamId);
  const team = targets.find((x) => x.teamId === teamId) ?? targets[0]!;
  const [gemeente, setGemeente] = useState(team.gemeenten[0]!.code);
  const [reference, setReference] = useState('');
  const [label, setLabel] = useState('');
  const [adultYear, setAdultYear] = useState('');
  const [childYears, setChildYears] = useState('');
  const [how, setHow] = useState<(typeof HOWS)[number]>('mondeling');
  const [givenAt, setGivenAt] = useState(todayIso());
  const [on, setOn] = useState(todayIso());
  const chosenGemeente = team.gemeenten.find((g) => g.code === gemeente) ?? team.gemeenten[0]!;
  const { errors, summaryRef, save, busy } = useSave(
    () =>
      post(signalPaths.handover(caseId), {
        teamId,
        reference,
        label,
        data: {
          adults: [adultYear ? { birthYear: Number(adultYear) } : {}],
          children: birthYears(childYears).map((birthYear, i) => ({
            ref: `kind ${i + 1}`,
            birthYear,
          })),
          gemeente: chosenGemeente,
        },
        consent: { how, givenAt },
        on,
      }),
    () => client.invalidateQueries({ queryKey: signalKeys.all }),
  );
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
        <SelectField
          idPrefix={P}
          name="teamId"
          label={t('signalen.handover.team')}
          value={teamId}
          options={targets.map((x) => ({
            value: x.teamId,
            label: t('signalen.handover.teamOption', {
              team: x.teamName,
              organisation: x.organisationName,
            }),
          }))}
          onChange={setTeamId}
          error={errors.fields.teamId}
        />
        <SelectField
          idPrefix={P}
          name="data.gemeente"
          label={t('signalen.handover.gemeente')}
          value={chosenGemeente.code}
          options={team.gemeenten.map((g) => ({ value: g.code, label: g.name }))}
          onChange={setGemeente}
          error={errors.fields['data.gemeente']}
        />
        <TextField
          idPrefix={P}
          name="reference"
          label={t('signalen.handover.reference')}
          description={t('signalen.handover.referenceHint')}
          value={reference}
          onChange={setReference}
          error={errors.fields.reference}
        />
        <TextField
          idPrefix={P}
          name="label"
          label={t('signalen.handover.label')}
          value={label}
          onChange={setLabel}
          error={errors.fields.label}
        />
        <TextField
          idPrefix={P}
          name="data.adults.0.birthYear"
          label={t('signalen.handover.adultBirthYear')}
          inputMode="numeric"
          value={adultYear}
          onChange={setAdultYear}
          error={errors.fields['data.adults.0.birthYear']}
        />
        <TextField
          idPrefix={P}
          name={childError?.[0] ?? 'data.children'}
          label={t('signalen.handover.childBirthYears')}
          description={t('signalen.handover.childBirthYearsHint')}
          value={childYears}
          onChange={setChildYears}
          error={childError ? t('signalen.handover.childBirthYearsInvalid') : undefined}
        />
        <fieldset>
          <legend>{t('signalen.handover.consentLegend')}</legend>
          <RadioGroup
            name="how"
            legend={t('signalen.handover.how')}
            options={HOWS.map((h) => ({ value: h, label: t(`signalen.handover.hows.${h}`) }))}
            value={how}
            onChange={setHow}
          />
          <TextField
            idPrefix={P}
            name="consent.givenAt"
            type="date"
            label={t('signalen.handover.givenAt')}
            value={givenAt}
            onChange={setGivenAt}
            error={errors.fields['consent.givenAt']}
          />
        </fieldset>
        <TextField
          idPrefix={P}
          name="on"
          type="date"
          label={t('signalen.handover.on')}
          value={on}
          onChange={setOn}
          error={errors.fields.on}
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
