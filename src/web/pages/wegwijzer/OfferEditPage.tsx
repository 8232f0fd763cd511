import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { localOfferSchema } from '../../../contract/catalogue';
import { useIntervention, type LocalOfferView } from '../../api/catalogue';
import { getJson, patch, sendJson } from '../../api/client';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useLeaveGuard, useUnsavedChanges } from '../../hooks/useLeaveGuard';
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

function OfferForm({
  interventionId,
  offer,
}: {
  interventionId: string;
  offer: LocalOfferView | null;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const item = useIntervention(interventionId);
  const { errors, fromError, clear, summaryRef } = useFormErrors();
  const [message, setMessage] = useState<string | null>(null);
  const [gemeenten, setGemeenten] = useState<string[]>(
    offer?.gemeenten.map((g) => g.code) ?? me.organisation.gemeenten.map((g) => g.code),
  );
  const [form, setForm] = useState({
    wijk: offer?.wijk ?? '',
    howToRefer: offer?.howToRefer ?? '',
    costs: offer?.costs ?? '',
    contactName: offer?.contact?.name ?? '',
    contactFunction: offer?.contact?.function ?? '',
    contactPhone: offer?.contact?.phone ?? '',
    contactEmail: offer?.contact?.email ?? '',
  });
  const [contactPublic, setContactPublic] = useState(offer?.contact?.public ?? false);
  const [checked, setChecked] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const unsaved = useUnsavedChanges([gemeenten, form, contactPublic]);
  useLeaveGuard(unsaved.dirty, t('common.leaveUnsaved'));
  const itemName = item.data?.item.name ?? interventionId;

  const body = () => ({
    gemeenten,
    wijk: form.wijk,
    howToRefer: form.howToRefer,
    costs: form.costs,
    contact: form.contactName.trim()
      ? {
          name: form.contactName,
          function: form.contactFunction,
          phone: form.contactPhone.trim() || null,
          email: form.contactEmail.trim() || null,
          public: contactPublic,
        }
      : null,
    checked,
  });

  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['offer'] });
    await client.invalidateQueries({ queryKey: ['intervention', interventionId] });
    await client.invalidateQueries({ queryKey: ['history'] });
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    try {
      if (offer) {
        await patch(`/api/v1/catalogue/offers/${offer.id}`, body());
        unsaved.markSaved();
        clear();
        setChecked(false);
        setMessage(t('wegwijzer.offer.saved'));
        await refresh();
      } else {
        const created = await sendJson(
          'POST',
          '/api/v1/catalogue/offers',
          { interventionId, ...body() },
          localOfferSchema,
        );
        unsaved.markSaved();
        await refresh();
        void navigate(`/wegwijzer/aanbod/${created.id}`, { state: { created: true } });
      }
    } catch (error) {
      fromError(error);
    }
  };

  const labels: Record<string, string> = {
    gemeenten: t('wegwijzer.offer.gemeenten'),
    wijk: t('wegwijzer.offer.wijk'),
    howToRefer: t('wegwijzer.offer.howToRefer'),
    costs: t('wegwijzer.offer.costs'),
    contact: t('wegwijzer.offer.contact'),
    'contact.name': t('wegwijzer.offer.contactName'),
    'contact.function': t('wegwijzer.offer.contactFunction'),
    'contact.phone': t('wegwijzer.offer.contactPhone'),
    'contact.email': t('wegwijzer.offer.contactEmail'),
    interventionId: t('wegwijzer.offer.intervention'),
  };
  me.organisation.gemeenten.forEach((g, i) => (labels[`gemeenten.${i}`] = g.name));
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
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={(e) => void save(e)} noValidate className="ww-form">
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
        <TextField
          name="wijk"
          label={t('wegwijzer.offer.wijk')}
          description={t('wegwijzer.offer.wijkHint')}
          value={form.wijk}
          onChange={set('wijk')}
          error={errors.fields.wijk}
        />
        <TextAreaField
          name="howToRefer"
          label={t('wegwijzer.offer.howToRefer')}
          description={t('wegwijzer.offer.howToReferHint')}
          value={form.howToRefer}
          onChange={set('howToRefer')}
          error={errors.fields.howToRefer}
        />
        <TextField
          name="costs"
          label={t('wegwijzer.offer.costs')}
          description={t('wegwijzer.offer.costsHint')}
          value={form.costs}
          onChange={set('costs')}
          error={errors.fields.costs}
        />
        <Fieldset id={fieldId('contact')} tabIndex={-1}>
          <FieldsetLegend>{t('wegwijzer.offer.contact')}</FieldsetLegend>
          {errors.fields.contact && (
            <FormFieldErrorMessage>{errors.fields.contact}</FormFieldErrorMessage>
          )}
          <TextField
            name="contact.name"
            label={t('wegwijzer.offer.contactName')}
            value={form.contactName}
            onChange={set('contactName')}
            error={errors.fields['contact.name']}
            autoComplete="off"
          />
          <TextField
            name="contact.function"
            label={t('wegwijzer.offer.contactFunction')}
            value={form.contactFunction}
            onChange={set('contactFunction')}
            error={errors.fields['contact.function']}
          />
          <TextField
            name="contact.phone"
            type="tel"
            label={t('wegwijzer.offer.contactPhone')}
            value={form.contactPhone}
            onChange={set('contactPhone')}
            error={errors.fields['contact.phone']}
            autoComplete="off"
          />
          <TextField
            name="contact.email"
            type="email"
            label={t('wegwijzer.offer.contactEmail')}
            value={form.contactEmail}
            onChange={set('contactEmail')}
            error={errors.fields['contact.email']}
            autoComplete="off"
          />
          <FormField type="checkbox">
            <Paragraph className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel htmlFor="contact-public" type="checkbox">
                <Checkbox
                  id="contact-public"
                  className="utrecht-form-field__input"
                  checked={contactPublic}
                  onChange={(e) => setContactPublic(e.target.checked)}
                />
                {t('wegwijzer.offer.contactPublic')}
              </FormLabel>
            </Paragraph>
          </FormField>
        </Fieldset>
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
