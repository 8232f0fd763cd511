import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { organisationSettingsSchema, type OrganisationSettings } from '../../../contract/admin';
import { getJson, sendJson } from '../../api/client';
import { sessionKey } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { GemeenteList, type GemeenteFieldsProps } from '../../components/GemeenteList';
import { AdminNav, StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';

type Organisation = OrganisationSettings;

export function OrganisationPage() {
  const { t } = useTranslation();
  const org = useQuery({
    queryKey: ['organisation'],
    queryFn: () => getJson('/api/v1/organisation', organisationSettingsSchema),
  });
  return (
    <>
      <PageTitle title={t('organisation.title')} />
      <AdminNav />
      <Heading level={1}>{t('organisation.title')}</Heading>
      <QueryState query={org}>{(data) => <OrganisationForm org={data} />}</QueryState>
    </>
  );
}

type GemeenteRow = Organisation['gemeenten'][number];

function OrganisationForm({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(org.name);
  const [gemeenten, setGemeenten] = useState(org.gemeenten);
  const [freshness, setFreshness] = useState(String(org.settings.freshnessMonths));
  const [retention, setRetention] = useState(String(org.settings.retentionMonths));
  const change = useSave(
    (body: unknown) => sendJson('PATCH', '/api/v1/organisation', body, organisationSettingsSchema),
    async (updated) => {
      client.setQueryData(['organisation'], updated);
      await client.invalidateQueries({ queryKey: sessionKey });
    },
  );
  const { errors, summaryRef, saved } = change;
  useEffect(() => setName(org.name), [org.name]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    change.save({
      name,
      gemeenten,
      settings: { freshnessMonths: Number(freshness), retentionMonths: Number(retention) },
    });
  };

  return (
    <>
      {org.koepel && <Paragraph>{t('organisation.partOf', { koepel: org.koepel.name })}</Paragraph>}
      {saved && <StatusMessage>{t('organisation.saved')}</StatusMessage>}
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={organisationLabels(t, gemeenten)}
      />
      <form onSubmit={submit} noValidate className="ww-form">
        <TextField
          name="name"
          label={t('organisation.name')}
          value={name}
          onChange={setName}
          error={errors.fields.name}
          required
        />
        <GemeenteFields gemeenten={gemeenten} setGemeenten={setGemeenten} errors={errors} />
        <Fieldset>
          <FieldsetLegend>{t('organisation.settings')}</FieldsetLegend>
          <TextField
            name="settings.freshnessMonths"
            label={t('organisation.freshness')}
            description={t('organisation.freshnessDescription')}
            type="number"
            inputMode="numeric"
            value={freshness}
            onChange={setFreshness}
            error={errors.fields['settings.freshnessMonths']}
          />
          <TextField
            name="settings.retentionMonths"
            label={t('organisation.retention')}
            description={t('organisation.retentionDescription')}
            type="number"
            inputMode="numeric"
            value={retention}
            onChange={setRetention}
            error={errors.fields['settings.retentionMonths']}
          />
        </Fieldset>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {t('common.save')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Field name (as the API names it) → the label the form shows, for the error summary. */
function organisationLabels(t: TFunction, gemeenten: GemeenteRow[]) {
  const labels: Record<string, string> = {
    name: t('organisation.name'),
    'settings.freshnessMonths': t('organisation.freshness'),
    'settings.retentionMonths': t('organisation.retention'),
  };
  gemeenten.forEach((_, i) => {
    labels[`gemeenten.${i}.code`] = t('setup.gemeenteCodeN', { n: i + 1 });
    labels[`gemeenten.${i}.name`] = t('setup.gemeenteNameN', { n: i + 1 });
  });
  return labels;
}

function GemeenteFields({ gemeenten, setGemeenten, errors }: GemeenteFieldsProps) {
  const { t } = useTranslation();
  return (
    <GemeenteList
      rows={gemeenten}
      setRows={setGemeenten}
      fields={(g, i, change) => (
        <>
          <TextField
            name={`gemeenten.${i}.code`}
            label={t('setup.gemeenteCodeN', { n: i + 1 })}
            value={g.code}
            onChange={(code) => change({ ...g, code })}
            error={errors.fields[`gemeenten.${i}.code`]}
          />
          <TextField
            name={`gemeenten.${i}.name`}
            label={t('setup.gemeenteNameN', { n: i + 1 })}
            value={g.name}
            onChange={(name) => change({ ...g, name })}
            error={errors.fields[`gemeenten.${i}.name`]}
          />
        </>
      )}
    />
  );
}
