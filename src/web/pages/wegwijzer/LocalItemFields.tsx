import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import type { Vocabularies } from '../../../contract/content';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { LocalItemDraft } from './local-item-draft';

// The field groups of the local item form, in the order the form shows them.

export type LocalItemFieldsProps = {
  draft: LocalItemDraft;
  options: (name: keyof Vocabularies) => { value: string; label: string }[];
  /** Field name (as the API names it) → message. */
  errors: Record<string, string>;
};

/** The first message for a field or any of its parts (a list's entries report as `field.0`). */
function firstError(errors: Record<string, string>, prefix: string) {
  return errors[prefix] ?? Object.entries(errors).find(([k]) => k.startsWith(`${prefix}.`))?.[1];
}

export function LocalItemDescriptionFields({ draft, options, errors }: LocalItemFieldsProps) {
  const { t } = useTranslation();
  const { text, setT } = draft;
  return (
    <>
      <TextField
        name="name"
        label={t('wegwijzer.local.name')}
        value={text.name}
        onChange={setT('name')}
        error={errors.name}
      />
      <SelectField
        name="kind"
        label={t('wegwijzer.local.kind')}
        value={text.kind}
        onChange={setT('kind')}
        options={options('kinds')}
        error={errors.kind}
      />
      <TextField
        name="summary"
        label={t('wegwijzer.local.summary')}
        description={t('wegwijzer.local.summaryHint')}
        value={text.summary}
        onChange={setT('summary')}
        error={errors.summary}
        maxLength={240}
      />
      <TextAreaField
        name="description"
        label={t('wegwijzer.local.description')}
        description={t('wegwijzer.local.descriptionHint')}
        value={text.description}
        onChange={setT('description')}
        error={errors.description}
        rows={8}
      />
    </>
  );
}

/** Capitals and target groups: what the item builds and for whom. */
export function LocalItemCapitalFields({ draft, options, errors }: LocalItemFieldsProps) {
  const { t } = useTranslation();
  const { lists, setL } = draft;
  return (
    <>
      <CheckboxGroup
        name="capitals.primary"
        legend={t('wegwijzer.facets.capitalPrimary')}
        options={options('capitals')}
        value={lists.primary}
        onChange={setL('primary')}
        error={firstError(errors, 'capitals.primary')}
      />
      <CheckboxGroup
        name="capitals.secondary"
        legend={t('wegwijzer.facets.capitalSecondary')}
        options={options('capitals')}
        value={lists.secondary}
        onChange={setL('secondary')}
        error={firstError(errors, 'capitals.secondary')}
      />
      <CheckboxGroup
        name="targetGroups"
        legend={t('wegwijzer.facets.targetGroup')}
        options={options('target_groups')}
        value={lists.targetGroups}
        onChange={setL('targetGroups')}
        error={firstError(errors, 'targetGroups')}
      />
    </>
  );
}

export function LocalItemAgeFields({ draft, errors }: Omit<LocalItemFieldsProps, 'options'>) {
  const { t } = useTranslation();
  const { text, setT } = draft;
  return (
    <Fieldset>
      <FieldsetLegend>{t('wegwijzer.facets.age')}</FieldsetLegend>
      <div className="ww-row">
        <TextField
          name="ageRange.min"
          label={t('wegwijzer.local.ageMin')}
          type="number"
          inputMode="numeric"
          value={text.ageMin}
          onChange={setT('ageMin')}
          error={errors['ageRange.min']}
        />
        <TextField
          name="ageRange.max"
          label={t('wegwijzer.local.ageMax')}
          type="number"
          inputMode="numeric"
          value={text.ageMax}
          onChange={setT('ageMax')}
          error={errors['ageRange.max']}
        />
      </div>
    </Fieldset>
  );
}

/** Phases, poverty types, life events and domains: the situations the item fits. */
export function LocalItemSituationFields({ draft, options, errors }: LocalItemFieldsProps) {
  const { t } = useTranslation();
  const { lists, setL } = draft;
  return (
    <>
      <CheckboxGroup
        name="phases"
        legend={t('wegwijzer.facets.phase')}
        options={options('phases')}
        value={lists.phases}
        onChange={setL('phases')}
        error={firstError(errors, 'phases')}
      />
      <CheckboxGroup
        name="povertyTypes"
        legend={t('wegwijzer.facets.povertyType')}
        options={options('poverty_types')}
        value={lists.povertyTypes}
        onChange={setL('povertyTypes')}
        error={firstError(errors, 'povertyTypes')}
      />
      <CheckboxGroup
        name="lifeEvents"
        legend={t('wegwijzer.facets.lifeEvent')}
        options={options('life_events')}
        value={lists.lifeEvents}
        onChange={setL('lifeEvents')}
        error={firstError(errors, 'lifeEvents')}
      />
      <CheckboxGroup
        name="domains"
        legend={t('wegwijzer.item.domains')}
        options={options('domains')}
        value={lists.domains}
        onChange={setL('domains')}
        error={firstError(errors, 'domains')}
      />
    </>
  );
}

export function LocalItemEvidenceFields({ draft, options, errors }: LocalItemFieldsProps) {
  const { t } = useTranslation();
  const { text, setT } = draft;
  return (
    <Fieldset>
      <FieldsetLegend>{t('wegwijzer.item.evidence')}</FieldsetLegend>
      <SelectField
        name="evidence.level"
        label={t('wegwijzer.local.evidenceLevel')}
        value={text.evidenceLevel}
        onChange={setT('evidenceLevel')}
        options={options('evidence_levels')}
        error={errors['evidence.level']}
      />
      <TextField
        name="evidence.source"
        label={t('wegwijzer.local.evidenceSource')}
        value={text.evidenceSource}
        onChange={setT('evidenceSource')}
        error={errors['evidence.source']}
      />
      <TextField
        name="evidence.asOf"
        label={t('wegwijzer.local.evidenceDate')}
        description={t('wegwijzer.local.evidenceDateHint')}
        value={text.evidenceDate}
        onChange={setT('evidenceDate')}
        error={errors['evidence.asOf']}
      />
      <TextField
        name="evidence.note"
        label={t('wegwijzer.local.evidenceNote')}
        value={text.evidenceNote}
        onChange={setT('evidenceNote')}
        error={errors['evidence.note']}
      />
    </Fieldset>
  );
}

/** A list typed one entry per line: working elements, providers or links. */
export function LocalItemLinesField({
  draft,
  errors,
  name,
  label,
}: Omit<LocalItemFieldsProps, 'options'> & {
  name: 'workingElements' | 'providers' | 'links';
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      name={name}
      label={label}
      description={t('wegwijzer.local.oneperline')}
      value={draft.text[name]}
      onChange={draft.setT(name)}
      error={firstError(errors, name)}
    />
  );
}
