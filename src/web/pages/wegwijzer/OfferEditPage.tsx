import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { localOfferSchema } from '../../../contract/catalogue';
import { useIntervention, type LocalOfferView } from '../../api/catalogue';
import { getJson } from '../../api/client';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { offerLabels, type OfferDraft } from './offer-form';
import { OfferContactFields } from './OfferContactFields';
import { useOfferForm } from './use-offer-form';
import { CheckedConfirmation, VersionedEntryPanel } from './VersionedEntry';
import { WegwijzerNav } from './WegwijzerNav';

export function OfferEditPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const offer = useQuery({
    queryKey: ['offer', id],
    queryFn: () => getJson(`/api/v1/catalogue/offers/${id}`, localOfferSchema),
    enabled: id !== 'nieuw',
  });
  const interventionId =
    id === 'nieuw' ? (params.get('interventie') ?? '') : offer.data?.interventionId;
  return (
    <>
      <WegwijzerNav />
      {id === 'nieuw' ? (
        <OfferForm interventionId={interventionId ?? ''} offer={null} />
      ) : (
        <QueryState query={offer}>
          {(o) => <OfferForm interventionId={o.interventionId} offer={o} />}
        </QueryState>
      )}
    </>
  );
}

/** The offer's own text fields, each with a hint: its name is also its draft key and label key. */
const DESCRIBED_FIELDS = [
  { name: 'wijk', Field: TextField },
  { name: 'howToRefer', Field: TextAreaField },
  { name: 'costs', Field: TextField },
] as const satisfies readonly { name: keyof OfferDraft; Field: unknown }[];

function OfferForm({
  interventionId,
  offer,
}: {
  interventionId: string;
  offer: LocalOfferView | null;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const item = useIntervention(interventionId);
  const state = useOfferForm(interventionId, offer);
  const { form, set, gemeenten, setGemeenten, checked, setChecked, message } = state;
  const { errors, summaryRef } = state.saving;
  const itemName = item.data?.item.name ?? interventionId;
  const title = offer
    ? t('wegwijzer.offer.editTitle', { name: itemName })
    : t('wegwijzer.offer.newTitle', { name: itemName });

  return (
    <>
      <PageTitle title={title} />
      <Heading level={1}>{title}</Heading>
      <Paragraph>
        <RouterLink to={`/wegwijzer/interventie/${encodeURIComponent(interventionId)}`}>
          {t('wegwijzer.offer.toItem', { name: itemName })}
        </RouterLink>
      </Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      {offer?.archived && <Paragraph>{t('wegwijzer.offer.isArchived')}</Paragraph>}
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={offerLabels(t, me.organisation.gemeenten)}
      />
      <form onSubmit={state.submit} noValidate className="ww-form">
        <CheckboxGroup
          name="gemeenten"
          legend={t('wegwijzer.offer.gemeenten')}
          options={me.organisation.gemeenten.map((g) => ({ value: g.code, label: g.name }))}
          value={gemeenten}
          onChange={setGemeenten}
          error={
            errors.fields.gemeenten ??
            Object.entries(errors.fields).find(([k]) => k.startsWith('gemeenten.'))?.[1]
          }
        />
        {DESCRIBED_FIELDS.map(({ name, Field }) => (
          <Field
            key={name}
            name={name}
            label={t(`wegwijzer.offer.${name}`)}
            description={t(`wegwijzer.offer.${name}Hint`)}
            value={form[name]}
            onChange={set(name)}
            error={errors.fields[name]}
          />
        ))}
        <OfferContactFields
          form={form}
          set={set}
          errors={errors.fields}
          contactPublic={state.contactPublic}
          setContactPublic={state.setContactPublic}
        />
        <CheckedConfirmation checked={checked} onChange={setChecked} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {offer ? t('common.save') : t('wegwijzer.offer.create')}
          </Button>
        </ButtonGroup>
      </form>
      {offer && (
        <VersionedEntryPanel
          path={`/api/v1/catalogue/offers/${offer.id}`}
          archived={offer.archived}
          refresh={[['offer'], ['intervention', interventionId]]}
        />
      )}
    </>
  );
}
