import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { CheckboxField } from '../check/fields';
import { canLiveAlone, type HouseholdForm } from './household-form';

/** The optional facts that help the matching: living alone and being a statushouder. */
export function SituationFields({
  form,
  onChange,
}: {
  form: HouseholdForm;
  onChange: (change: Partial<Pick<HouseholdForm, 'livesAlone' | 'statushouder'>>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('huishoudens.form.situation')}</FieldsetLegend>
      <Paragraph>{t('huishoudens.form.situationHint')}</Paragraph>
      {canLiveAlone(form) && (
        <CheckboxField
          name="data.livesAlone"
          label={t('huishoudens.fields.livesAlone')}
          checked={form.livesAlone}
          onChange={(livesAlone) => onChange({ livesAlone })}
        />
      )}
      <CheckboxField
        name="data.statushouder"
        label={`${t('huishoudens.fields.statushouder')}. ${t('huishoudens.form.statushouderHint')}`}
        checked={form.statushouder}
        onChange={(statushouder) => onChange({ statushouder })}
      />
    </Fieldset>
  );
}
