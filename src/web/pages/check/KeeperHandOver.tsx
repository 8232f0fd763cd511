import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { z } from 'zod';
import { organisationSummarySchema } from '../../../contract/admin';
import { gemeenteSchemesSchema, type GemeenteSchemes } from '../../../contract/benefits';
import { getJson, sendJson } from '../../api/client';
import { useMe } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { SelectField } from '../../components/SelectField';
import { useSave } from '../../hooks/useSave';
import { gemeentenKey, historyKey, schemesKey } from './check-api';

/**
 * One organisation keeps a gemeente's schemes. Its beheerder can hand them to another
 * organisation that works in the same gemeente; after that only the new keeper may change them.
 */
export function KeeperHandOver({ code, data }: { code: string; data: GemeenteSchemes }) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [to, setTo] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const handOver = useSave(
    (organisationId: string) =>
      sendJson(
        'POST',
        `/api/v1/gemeenten/${code}/schemes/keeper`,
        { organisationId },
        gemeenteSchemesSchema,
      ),
    async (result) => {
      setDone(result.organisationName);
      await client.invalidateQueries({ queryKey: schemesKey(code) });
      await client.invalidateQueries({ queryKey: historyKey(code) });
      await client.invalidateQueries({ queryKey: gemeentenKey });
    },
  );
  const { errors, setFieldErrors, summaryRef } = handOver;
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: () => getJson('/api/v1/organisations', z.array(organisationSummarySchema)),
  });
  const candidates = (organisations.data ?? []).filter(
    (o) => o.id !== me.organisation.id && o.gemeenten.some((g) => g.code === code),
  );
  if (!data.canEdit || data.version === 0 || candidates.length === 0) {
    return done ? (
      <StatusMessage>{t('check.beheer.keeper.done', { name: done })}</StatusMessage>
    ) : null;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to) return setFieldErrors({ organisationId: t('form.required') });
    handOver.save(to);
  };

  return (
    <>
      <Heading level={3}>{t('check.beheer.keeper.title')}</Heading>
      <Paragraph>{t('check.beheer.keeper.intro')}</Paragraph>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={{ organisationId: t('check.beheer.keeper.to') }}
      />
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="organisationId"
          label={t('check.beheer.keeper.to')}
          value={to}
          onChange={setTo}
          error={errors.fields.organisationId}
          options={[
            { value: '', label: t('check.beheer.keeper.choose') },
            ...candidates.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="submit">
            {t('check.beheer.keeper.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
