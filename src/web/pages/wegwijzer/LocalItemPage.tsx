import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { createdIdSchema } from '../../../contract/catalogue';
import type { Vocabularies } from '../../../contract/content';
import { useIntervention, useVocabularies, type InterventionDetail } from '../../api/catalogue';
import { put, sendJson } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useSave } from '../../hooks/useSave';
import { useLeaveGuard, useUnsavedChanges } from '../../hooks/useLeaveGuard';
import { localItemBody, useLocalItemDraft, useVocabularyOptions } from './local-item-draft';
import {
  LocalItemAgeFields,
  LocalItemCapitalFields,
  LocalItemDescriptionFields,
  LocalItemEvidenceFields,
  LocalItemLinesField,
  LocalItemSituationFields,
} from './LocalItemFields';
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

/** Names of the fields as the error summary shows them, keyed as the API names them. */
function useFieldLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
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
}

type LocalItem = InterventionDetail['item'];

/**
 * Saves the item: an edit stays on the page and says so; a new item opens its own page. Both
 * mark the form saved first, so the leave guard does not ask about work that is stored.
 */
function useSaveLocalItem(
  item: LocalItem | undefined,
  body: () => unknown,
  unsaved: ReturnType<typeof useUnsavedChanges>,
  onEdited: () => void,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const saving = useSave(
    async (sent: unknown) => {
      if (item) return void (await put(`/api/v1/catalogue/interventions/${item.id}`, sent));
      return (await sendJson('POST', '/api/v1/catalogue/interventions', sent, createdIdSchema)).id;
    },
    async (createdId) => {
      if (item) {
        unsaved.markSaved();
        onEdited();
        setSaved(t('wegwijzer.local.saved'));
        await client.invalidateQueries({ queryKey: ['intervention', item.id] });
        await client.invalidateQueries({ queryKey: ['history'] });
      } else {
        flushSync(() => unsaved.markSaved());
        await client.invalidateQueries({ queryKey: ['local-items'] });
        void navigate(`/wegwijzer/interventie/${createdId}`);
      }
    },
  );
  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    saving.save(body());
  };
  return { ...saving, save, saved };
}

function LocalItemIntro({ item, title }: { item: LocalItem | undefined; title: string }) {
  const { t } = useTranslation();
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
    </>
  );
}

function LocalItemForm({
  vocab,
  detail,
}: {
  vocab: Vocabularies;
  detail: InterventionDetail | null;
}) {
  const { t } = useTranslation();
  const item = detail?.item;
  const draft = useLocalItemDraft(item);
  const options = useVocabularyOptions(vocab);
  const unsaved = useUnsavedChanges([draft.text, draft.lists]);
  useLeaveGuard(unsaved.dirty, t('common.leaveUnsaved'));
  const body = () => localItemBody(draft, t('wegwijzer.local.ownOrganisation'));
  const { errors, summaryRef, save, saved } = useSaveLocalItem(item, body, unsaved, () =>
    draft.setChecked(false),
  );
  const labels = useFieldLabels();
  const title = item
    ? t('wegwijzer.local.editTitle', { name: item.name })
    : t('wegwijzer.local.newTitle');
  const fields = { draft, options, errors: errors.fields };

  return (
    <>
      <LocalItemIntro item={item} title={title} />
      {saved && <StatusMessage>{saved}</StatusMessage>}
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={(e) => void save(e)} noValidate className="ww-form">
        <LocalItemDescriptionFields {...fields} />
        <LocalItemCapitalFields {...fields} />
        <LocalItemAgeFields {...fields} />
        <LocalItemSituationFields {...fields} />
        <LocalItemLinesField
          {...fields}
          name="workingElements"
          label={t('wegwijzer.item.workingElements')}
        />
        <LocalItemEvidenceFields {...fields} />
        <LocalItemLinesField {...fields} name="providers" label={t('wegwijzer.item.providers')} />
        <LocalItemLinesField {...fields} name="links" label={t('wegwijzer.local.links')} />
        <CheckedConfirmation checked={draft.checked} onChange={draft.setChecked} />
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
