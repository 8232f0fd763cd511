import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { CheckboxField } from '../../components/CheckboxField';
import { fieldId } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import type { OfferDraft } from './offer-form';

/** The contact's text fields: the API's name, the draft's key (also the label's), the input kind. */
const CONTACT_FIELDS = [
  { name: 'contact.name', key: 'contactName', autoComplete: 'off' },
  { name: 'contact.function', key: 'contactFunction' },
  { name: 'contact.phone', key: 'contactPhone', type: 'tel', autoComplete: 'off' },
  { name: 'contact.email', key: 'contactEmail', type: 'email', autoComplete: 'off' },
] as const satisfies readonly {
  name: string;
  key: keyof OfferDraft;
  type?: 'tel' | 'email';
  autoComplete?: string;
}[];

/** Who to contact about the offer, and whether households may see that contact. */
export function OfferContactFields({
  form,
  set,
  errors,
  contactPublic,
  setContactPublic,
}: {
  form: OfferDraft;
  set: (key: keyof OfferDraft) => (value: string) => void;
  errors: Record<string, string>;
  contactPublic: boolean;
  setContactPublic: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset id={fieldId('contact')} tabIndex={-1}>
      <FieldsetLegend>{t('wegwijzer.offer.contact')}</FieldsetLegend>
      {errors.contact && <FormFieldErrorMessage>{errors.contact}</FormFieldErrorMessage>}
      {CONTACT_FIELDS.map(({ key, ...input }) => (
        <TextField
          key={input.name}
          {...input}
          label={t(`wegwijzer.offer.${key}`)}
          value={form[key]}
          onChange={set(key)}
          error={errors[input.name]}
        />
      ))}
      <CheckboxField
        id="contact-public"
        label={t('wegwijzer.offer.contactPublic')}
        checked={contactPublic}
        onChange={setContactPublic}
      />
    </Fieldset>
  );
}
