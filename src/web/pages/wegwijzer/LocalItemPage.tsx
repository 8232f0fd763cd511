import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { createdIdSchema } from '../../../contract/catalogue';
import type { Vocabularies } from '../../../contract/content';
import { useIntervention, useVocabularies, type InterventionDetail } from '../../api/catalogue';
import { put, sendJson } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useLeaveGuard, useUnsavedChanges } from '../../hooks/useLeaveGuard';
import { useLanguage } from '../../hooks/useLanguage';
import { CheckedConfirmation, VersionedEntryPanel } from './VersionedEntry';
import { WegwijzerNav } from './WegwijzerNav';

export function LocalItemPage() {
  const { id = 'nieuw' } = useParams();
  const vocabularies = useVocabularies();
  const detail = useIntervention(id);
  return (
    <>
      <WegwijzerNav />
      <QueryState query={vocabularies}>
        {(vocab) =>
          id === 'nieuw' ? (
            <LocalItemForm vocab={vocab} detail={null} />
          ) : (
            <QueryState query={detail}>
              {(d) => <LocalItemForm vocab={vocab} detail={d} />}
            </QueryState>
          )
        }
      </QueryState>
    </>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function LocalItemForm({
  vocab,
  detail,
}: {
  vocab: Vocabularies;
  detail: InterventionDetail | null;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { errors, fromError, clear, summaryRef } = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const item = detail?.item;
  const [text, setText] = useState({
    name: item?.name ?? '',
    kind: item?.kind ?? 'project',
    summary: item?.summary ?? '',
    description: item?.description ?? '',
    workingElements: item?.workingElements.join('\n') ?? '',
    providers: item?.providers.join('\n') ?? '',
    links: item?.links.join('\n') ?? '',
    ageMin: item?.ageRange ? String(item.ageRange.min) : '',
    ageMax: item?.ageRange ? String(item.ageRange.max) : '',
    evidenceLevel: item?.evidence.level ?? 'niet-onderzocht',
    evidenceSource: item?.evidence.source ?? '',
    evidenceDate: item?.evidence.asOf ?? '',
    evidenceNote: item?.evidence.note ?? '',
  });
  const [lists, setLists] = useState({
    primary: item?.capitals.primary ?? [],
    secondary: item?.capitals.secondary ?? [],
    targetGroups: item?.targetGroups ?? [],
    phases: item?.phases ?? [],
    povertyTypes: item?.povertyTypes ?? [],
    lifeEvents: item?.lifeEvents ?? [],
    domains: item?.domains ?? [],
  });
  const [checked, setChecked] = useState(false);
  const unsaved = useUnsavedChanges([text, lists]);
  useLeaveGuard(unsaved.dirty, t('common.leaveUnsaved'));
  const setT = (key: keyof typeof text) => (value: string) => setText({ ...text, [key]: value });
  const setL = (key: keyof typeof lists) => (value: string[]) =>
    setLists({ ...lists, [key]: value });
  const options = (name: keyof Vocabularies) =>
    (vocab[name] as { id: string; nl: string; en: string }[]).map((v) => ({
      value: v.id,
      label: v[lang],
    }));
  const firstError = (prefix: string) =>
    errors.fields[prefix] ??
    Object.entries(errors.fields).find(([k]) => k.startsWith(`${prefix}.`))?.[1];

  const body = () => ({
    name: text.name,
    kind: text.kind,
    summary: text.summary,
    description: text.description,
    capitals: { primary: lists.primary, secondary: lists.secondary },
    workingElements: lines(text.workingElements),
    targetGroups: lists.targetGroups,
    ageRange:
      text.ageMin !== '' || text.ageMax !== ''
        ? { min: Number(text.ageMin || 0), max: Number(text.ageMax || 120) }
        : null,
    phases: lists.phases,
    povertyTypes: lists.povertyTypes,
    lifeEvents: lists.lifeEvents,
    domains: lists.domains,
    evidence: {
      level: text.evidenceLevel,
      source: text.evidenceSource || t('wegwijzer.local.ownOrganisation'),
      asOf: text.evidenceDate || new Date().getFullYear().toString(),
      note: text.evidenceNote,
    },
    providers: lines(text.providers),
    links: lines(text.links),
    checked,
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    try {
      if (item) {
        await put(`/api/v1/catalogue/interventions/${item.id}`, body());
        unsaved.markSaved();
        clear();
        setChecked(false);
        setSaved(t('wegwijzer.local.saved'));
        await client.invalidateQueries({ queryKey: ['intervention', item.id] });
        await client.invalidateQueries({ queryKey: ['history'] });
      } else {
        const created = await sendJson(
          'POST',
          '/api/v1/catalogue/interventions',
          body(),
          createdIdSchema,
        );
        // Saved before leaving, so the leave guard does not ask about work that is stored.
        flushSync(() => unsaved.markSaved());
        await client.invalidateQueries({ queryKey: ['local-items'] });
        void navigate(`/wegwijzer/interventie/${created.id}`);
      }
    } catch (error) {
      fromError(error);
    }
  };

  const labels: Record<string, string> = {
    name: t('wegwijzer.local.name'),
    kind: t('wegwijzer.local.kind'),
    summary: t('wegwijzer.local.summary'),
    description: t('wegwijzer.local.description'),
    'capitals.primary': t('wegwijzer.facets.capitalPrimary'),
    'capitals.secondary': t('wegwijzer.facets.capitalSecondary'),
    targetGroups: t('wegwijzer.facets.targetGroup'),
    phases: t('wegwijzer.facets.phase'),
    domains: t('wegwijzer.item.domains'),
    'ageRange.max': t('wegwijzer.local.ageMax'),
    'evidence.asOf': t('wegwijzer.local.evidenceDate'),
    links: t('wegwijzer.local.links'),
  };
  const title = item
    ? t('wegwijzer.local.editTitle', { name: item.name })
    : t('wegwijzer.local.newTitle');

  return (
    <>
      <PageTitle title={title} />
      <Heading level={1}>{title}</Heading>
      {item && (
        <Paragraph>
          <RouterLink to={`/wegwijzer/interventie/${item.id}`}>
            {t('wegwijzer.offer.toItem', { name: item.name })}
          </RouterLink>
        </Paragraph>
      )}
      <Paragraph>{t('wegwijzer.local.intro')}</Paragraph>
      {saved && <StatusMessage>{saved}</StatusMessage>}
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={(e) => void save(e)} noValidate className="ww-form">
        <TextField
          name="name"
          label={t('wegwijzer.local.name')}
          value={text.name}
          onChange={setT('name')}
          error={errors.fields.name}
        />
        <SelectField
          name="kind"
          label={t('wegwijzer.local.kind')}
          value={text.kind}
          onChange={setT('kind')}
          options={options('kinds')}
          error={errors.fields.kind}
        />
        <TextField
          name="summary"
          label={t('wegwijzer.local.summary')}
          description={t('wegwijzer.local.summaryHint')}
          value={text.summary}
          onChange={setT('summary')}
          error={errors.fields.summary}
          maxLength={240}
        />
        <TextAreaField
          name="description"
          label={t('wegwijzer.local.description')}
          description={t('wegwijzer.local.descriptionHint')}
          value={text.description}
          onChange={setT('description')}
          error={errors.fields.description}
          rows={8}
        />
        <CheckboxGroup
          name="capitals.primary"
          legend={t('wegwijzer.facets.capitalPrimary')}
          options={options('capitals')}
          value={lists.primary}
          onChange={setL('primary')}
          error={firstError('capitals.primary')}
        />
        <CheckboxGroup
          name="capitals.secondary"
          legend={t('wegwijzer.facets.capitalSecondary')}
          options={options('capitals')}
          value={lists.secondary}
          onChange={setL('secondary')}
          error={firstError('capitals.secondary')}
        />
        <CheckboxGroup
          name="targetGroups"
          legend={t('wegwijzer.facets.targetGroup')}
          options={options('target_groups')}
          value={lists.targetGroups}
          onChange={setL('targetGroups')}
          error={firstError('targetGroups')}
        />
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
              error={errors.fields['ageRange.min']}
            />
            <TextField
              name="ageRange.max"
              label={t('wegwijzer.local.ageMax')}
              type="number"
              inputMode="numeric"
              value={text.ageMax}
              onChange={setT('ageMax')}
              error={errors.fields['ageRange.max']}
            />
          </div>
        </Fieldset>
        <CheckboxGroup
          name="phases"
          legend={t('wegwijzer.facets.phase')}
          options={options('phases')}
          value={lists.phases}
          onChange={setL('phases')}
          error={firstError('phases')}
        />
        <CheckboxGroup
          name="povertyTypes"
          legend={t('wegwijzer.facets.povertyType')}
          options={options('poverty_types')}
          value={lists.povertyTypes}
          onChange={setL('povertyTypes')}
          error={firstError('povertyTypes')}
        />
        <CheckboxGroup
          name="lifeEvents"
          legend={t('wegwijzer.facets.lifeEvent')}
          options={options('life_events')}
          value={lists.lifeEvents}
          onChange={setL('lifeEvents')}
          error={firstError('lifeEvents')}
        />
        <CheckboxGroup
          name="domains"
          legend={t('wegwijzer.item.domains')}
          options={options('domains')}
          value={lists.domains}
          onChange={setL('domains')}
          error={firstError('domains')}
        />
        <TextAreaField
          name="workingElements"
          label={t('wegwijzer.item.workingElements')}
          description={t('wegwijzer.local.oneperline')}
          value={text.workingElements}
          onChange={setT('workingElements')}
          error={firstError('workingElements')}
        />
        <Fieldset>
          <FieldsetLegend>{t('wegwijzer.item.evidence')}</FieldsetLegend>
          <SelectField
            name="evidence.level"
            label={t('wegwijzer.local.evidenceLevel')}
            value={text.evidenceLevel}
            onChange={setT('evidenceLevel')}
            options={options('evidence_levels')}
            error={errors.fields['evidence.level']}
          />
          <TextField
            name="evidence.source"
            label={t('wegwijzer.local.evidenceSource')}
            value={text.evidenceSource}
            onChange={setT('evidenceSource')}
            error={errors.fields['evidence.source']}
          />
          <TextField
            name="evidence.asOf"
            label={t('wegwijzer.local.evidenceDate')}
            description={t('wegwijzer.local.evidenceDateHint')}
            value={text.evidenceDate}
            onChange={setT('evidenceDate')}
            error={errors.fields['evidence.asOf']}
          />
          <TextField
            name="evidence.note"
            label={t('wegwijzer.local.evidenceNote')}
            value={text.evidenceNote}
            onChange={setT('evidenceNote')}
            error={errors.fields['evidence.note']}
          />
        </Fieldset>
        <TextAreaField
          name="providers"
          label={t('wegwijzer.item.providers')}
          description={t('wegwijzer.local.oneperline')}
          value={text.providers}
          onChange={setT('providers')}
          error={firstError('providers')}
        />
        <TextAreaField
          name="links"
          label={t('wegwijzer.local.links')}
          description={t('wegwijzer.local.oneperline')}
          value={text.links}
          onChange={setT('links')}
          error={firstError('links')}
        />
        <CheckedConfirmation checked={checked} onChange={setChecked} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {item ? t('common.save') : t('wegwijzer.local.create')}
          </Button>
        </ButtonGroup>
      </form>
      {item && detail && (
        <VersionedEntryPanel
          path={`/api/v1/catalogue/interventions/${item.id}`}
          archived={detail.archived}
          refresh={[['intervention', item.id], ['local-items']]}
        />
      )}
    </>
  );
}
