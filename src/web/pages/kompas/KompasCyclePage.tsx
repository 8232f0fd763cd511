import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { kompasCycleSchema, type KompasCycle } from '../../../contract/kompas';
import { TERMS, type Block, type KompasBlocks } from '../../../domain/kompas';
import { getJson, sendJson } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { LocalPictureTable } from './LocalPictureTable';

/** One Kwaliteitskompas cycle: six blocks, the user's own editable, saved as a new version. */
export function KompasCyclePage() {
  const { id } = useParams();
  const query = useQuery({
    queryKey: ['kompas', id],
    queryFn: () => getJson(`/api/v1/kompas/${id}`, kompasCycleSchema),
  });
  return <QueryState query={query}>{(cycle) => <CycleForm cycle={cycle} />}</QueryState>;
}

/** The Kwaliteitskompas texts live under one key. */
function useKompasText() {
  const { t } = useTranslation();
  return (key: string, values?: Record<string, unknown>) => t(`rapportage.kompas.${key}`, values);
}

/** The blocks being edited and their save as a new version of the cycle. */
function useCycleForm(cycle: KompasCycle) {
  const queryClient = useQueryClient();
  const [blocks, setBlocks] = useState<KompasBlocks>(cycle.blocks);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  useEffect(() => setBlocks(cycle.blocks), [cycle]);
  const { errors, summaryRef, save, busy } = useSave(
    (body: { version: number; blocks: KompasBlocks }) =>
      sendJson('PUT', `/api/v1/kompas/${cycle.id}`, body, kompasCycleSchema),
    (saved) => {
      setSavedVersion(saved.version);
      queryClient.setQueryData(['kompas', cycle.id], saved);
    },
  );
  const set =
    <B extends Block>(b: B) =>
    (value: KompasBlocks[B]) =>
      setBlocks((all) => ({ ...all, [b]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSavedVersion(null);
    save({ version: cycle.version, blocks });
  };
  return { blocks, set, savedVersion, errors, summaryRef, busy, submit };
}

function CycleForm({ cycle }: { cycle: KompasCycle }) {
  const k = useKompasText();
  const { blocks, set, savedVersion, errors, summaryRef, busy, submit } = useCycleForm(cycle);
  const props = <B extends Block>(b: B) => ({
    value: blocks[b],
    onChange: set(b),
    errors: errors.fields,
    editable: cycle.editable.includes(b),
  });
  return (
    <>
      <CycleHeader cycle={cycle} />
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={{}} />
      <div role="status">
        {savedVersion && <Paragraph>{k('saved', { version: savedVersion })}</Paragraph>}
      </div>
      <form onSubmit={submit} noValidate className="ww-form">
        <LocalPictureBlock {...props('localPicture')} />
        <AmbitionsBlock {...props('ambitions')} />
        <ResultsBlock {...props('results')} />
        <ApproachBlock {...props('approach')} />
        <AgreementsBlock {...props('agreements')} />
        <ReviewBlock {...props('review')} />
        {cycle.editable.length > 0 && (
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
              {k('save')}
            </Button>
          </ButtonGroup>
        )}
      </form>
      <VersionsSection versions={cycle.versions} />
    </>
  );
}

function CycleHeader({ cycle }: { cycle: KompasCycle }) {
  const k = useKompasText();
  const lang = useLanguage();
  const title = `${k('title')}: ${cycle.title}`;
  return (
    <>
      <PageTitle title={title} />
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>
        {k('period', { gemeente: cycle.gemeenteName, from: cycle.periodFrom, to: cycle.periodTo })}{' '}
        {k('version', { version: cycle.version })}
        {cycle.previousId ? `. ${k('previous')}` : ''}
      </Paragraph>
      <Paragraph>
        <a href={`/api/v1/kompas/${cycle.id}/pdf?lang=${lang}`} download>
          {k('print')}
        </a>
      </Paragraph>
    </>
  );
}

function VersionsSection({ versions }: { versions: KompasCycle['versions'] }) {
  const k = useKompasText();
  return (
    <section aria-labelledby="kompas-versions">
      <Heading level={2} id="kompas-versions">
        {k('versions')}
      </Heading>
      <TextList
        items={versions.map((v) =>
          k('versionLine', {
            version: v.version,
            date: v.savedAt.slice(0, 10),
            by: v.savedBy ?? 'none',
          }),
        )}
      />
    </section>
  );
}

/** What each block component gets: its value, how to change it, errors, and whether it may. */
type BlockProps<B extends Block> = {
  value: KompasBlocks[B];
  onChange: (value: KompasBlocks[B]) => void;
  errors: Record<string, string>;
  editable: boolean;
};

/** A block with its hint: the form when the user's side owns it, else what the other side wrote. */
function BlockSection({
  block,
  editable,
  children,
  readOnly,
}: {
  block: Block;
  editable: boolean;
  children: ReactNode;
  readOnly: ReactNode;
}) {
  const k = useKompasText();
  const owner = ['approach', 'agreements'].includes(block) ? 'organisations' : 'gemeente';
  return (
    <section aria-labelledby={`block-${block}`}>
      <Heading level={2} id={`block-${block}`}>
        {k(`blocks.${block}`)}
      </Heading>
      <Paragraph>{k(`hints.${block}`)}</Paragraph>
      {editable ? (
        children
      ) : (
        <>
          <Paragraph>
            <em>{k('readOnly', { field: k(`fields.${owner}`) })}</em>
          </Paragraph>
          {readOnly}
        </>
      )}
    </section>
  );
}

function TextList({ items }: { items: string[] }) {
  const k = useKompasText();
  return items.length ? (
    <UnorderedList>
      {items.map((s, i) => (
        <UnorderedListItem key={i}>{s}</UnorderedListItem>
      ))}
    </UnorderedList>
  ) : (
    <Paragraph>{k('empty')}</Paragraph>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  const k = useKompasText();
  return (
    <ButtonGroup>
      <Button appearance="secondary-action-button" type="button" onClick={onClick}>
        {k('add')}: {label}
      </Button>
    </ButtonGroup>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const k = useKompasText();
  return (
    <Button appearance="subtle-button" type="button" onClick={onClick}>
      {k('remove')}: {label}
    </Button>
  );
}

/** The list with item i changed by `patch`. */
const patchAt = <T,>(list: T[], i: number, patch: Partial<T>) =>
  list.map((x, j) => (j === i ? { ...x, ...patch } : x));
const removeAt = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);

function LocalPictureBlock({ value, onChange, errors, editable }: BlockProps<'localPicture'>) {
  const k = useKompasText();
  return (
    <BlockSection
      block="localPicture"
      editable={editable}
      readOnly={
        <>
          <LocalPictureTable figures={value.figures} />
          <Paragraph>{value.notes || k('empty')}</Paragraph>
        </>
      }
    >
      <LocalPictureTable figures={value.figures} />
      <TextAreaField
        name="blocks.localPicture.notes"
        label={k('notes')}
        value={value.notes}
        onChange={(notes) => onChange({ ...value, notes })}
        error={errors['blocks.localPicture.notes']}
        maxLength={4000}
      />
    </BlockSection>
  );
}

function AmbitionsBlock({ value, onChange, errors, editable }: BlockProps<'ambitions'>) {
  const k = useKompasText();
  return (
    <BlockSection
      block="ambitions"
      editable={editable}
      readOnly={<TextList items={value.map((a) => a.text)} />}
    >
      {value.map((a, i) => (
        <div className="ww-row" key={i}>
          <TextField
            name={`blocks.ambitions.${i}.text`}
            label={k('ambition', { n: i + 1 })}
            value={a.text}
            onChange={(text) => onChange(patchAt(value, i, { text }))}
            error={errors[`blocks.ambitions.${i}.text`]}
            maxLength={500}
          />
          <RemoveButton
            label={k('ambition', { n: i + 1 })}
            onClick={() => onChange(removeAt(value, i))}
          />
        </div>
      ))}
      <AddButton
        label={k('ambition', { n: value.length + 1 })}
        onClick={() => onChange([...value, { text: '' }])}
      />
    </BlockSection>
  );
}

function ResultsBlock({ value, onChange, errors, editable }: BlockProps<'results'>) {
  const k = useKompasText();
  const lines = value.map((r) => `${r.result} — ${r.indicator} (${k(`terms.${r.term}`)})`);
  return (
    <BlockSection block="results" editable={editable} readOnly={<TextList items={lines} />}>
      {value.map((r, i) => (
        <ResultRow
          key={i}
          n={i + 1}
          result={r}
          errors={errors}
          onChange={(patch) => onChange(patchAt(value, i, patch))}
          onRemove={() => onChange(removeAt(value, i))}
        />
      ))}
      <AddButton
        label={k('result', { n: value.length + 1 })}
        onClick={() => onChange([...value, { result: '', indicator: '', term: 'jaar' }])}
      />
    </BlockSection>
  );
}

type Result = KompasBlocks['results'][number];

/** Result number `n`: what, how it is measured, and by when. */
function ResultRow({
  n,
  result,
  errors,
  onChange,
  onRemove,
}: {
  n: number;
  result: Result;
  errors: Record<string, string>;
  onChange: (patch: Partial<Result>) => void;
  onRemove: () => void;
}) {
  const k = useKompasText();
  const i = n - 1;
  return (
    <div className="ww-row">
      <TextField
        name={`blocks.results.${i}.result`}
        label={k('result', { n })}
        value={result.result}
        onChange={(value) => onChange({ result: value })}
        error={errors[`blocks.results.${i}.result`]}
        maxLength={500}
      />
      <TextField
        name={`blocks.results.${i}.indicator`}
        label={k('indicator', { n })}
        value={result.indicator}
        onChange={(indicator) => onChange({ indicator })}
        error={errors[`blocks.results.${i}.indicator`]}
        maxLength={300}
      />
      <SelectField
        name={`blocks.results.${i}.term`}
        label={k('term', { n })}
        value={result.term}
        options={TERMS.map((term) => ({ value: term, label: k(`terms.${term}`) }))}
        onChange={(term) => onChange({ term: term as (typeof TERMS)[number] })}
      />
      <RemoveButton label={k('result', { n })} onClick={onRemove} />
    </div>
  );
}

function ApproachBlock({ value, onChange, errors, editable }: BlockProps<'approach'>) {
  const k = useKompasText();
  const lines = value.map((a) => (a.partner ? `${a.activity} (${a.partner})` : a.activity));
  return (
    <BlockSection block="approach" editable={editable} readOnly={<TextList items={lines} />}>
      {value.map((a, i) => (
        <div className="ww-row" key={i}>
          <TextField
            name={`blocks.approach.${i}.activity`}
            label={k('activity', { n: i + 1 })}
            value={a.activity}
            onChange={(activity) => onChange(patchAt(value, i, { activity }))}
            error={errors[`blocks.approach.${i}.activity`]}
            maxLength={500}
          />
          <TextField
            name={`blocks.approach.${i}.partner`}
            label={k('partner', { n: i + 1 })}
            value={a.partner}
            onChange={(partner) => onChange(patchAt(value, i, { partner }))}
            maxLength={200}
          />
          <RemoveButton
            label={k('activity', { n: i + 1 })}
            onClick={() => onChange(removeAt(value, i))}
          />
        </div>
      ))}
      <AddButton
        label={k('activity', { n: value.length + 1 })}
        onClick={() => onChange([...value, { activity: '', partner: '' }])}
      />
    </BlockSection>
  );
}

function AgreementsBlock({ value, onChange, errors, editable }: BlockProps<'agreements'>) {
  const k = useKompasText();
  const lines = value.map((a) => `${a.partners}: ${a.agreement}`);
  return (
    <BlockSection block="agreements" editable={editable} readOnly={<TextList items={lines} />}>
      {value.map((a, i) => (
        <div className="ww-row" key={i}>
          <TextField
            name={`blocks.agreements.${i}.partners`}
            label={k('agreementPartners', { n: i + 1 })}
            value={a.partners}
            onChange={(partners) => onChange(patchAt(value, i, { partners }))}
            error={errors[`blocks.agreements.${i}.partners`]}
            maxLength={300}
          />
          <TextField
            name={`blocks.agreements.${i}.agreement`}
            label={k('agreement', { n: i + 1 })}
            value={a.agreement}
            onChange={(agreement) => onChange(patchAt(value, i, { agreement }))}
            error={errors[`blocks.agreements.${i}.agreement`]}
            maxLength={1000}
          />
          <RemoveButton
            label={k('agreement', { n: i + 1 })}
            onClick={() => onChange(removeAt(value, i))}
          />
        </div>
      ))}
      <AddButton
        label={k('agreement', { n: value.length + 1 })}
        onClick={() => onChange([...value, { partners: '', agreement: '' }])}
      />
    </BlockSection>
  );
}

const REVIEW_KEYS = ['findings', 'stop', 'add', 'expand'] as const;

function ReviewBlock({ value, onChange, errors, editable }: BlockProps<'review'>) {
  const k = useKompasText();
  // 'add' is also the add button's text; the review question has its own key.
  const label = (key: (typeof REVIEW_KEYS)[number]) => k(key === 'add' ? 'addWhat' : key);
  const lines = REVIEW_KEYS.filter((key) => value[key]).map(
    (key) => `${label(key)}: ${value[key]}`,
  );
  return (
    <BlockSection block="review" editable={editable} readOnly={<TextList items={lines} />}>
      {REVIEW_KEYS.map((key) => (
        <TextAreaField
          key={key}
          name={`blocks.review.${key}`}
          label={label(key)}
          value={value[key]}
          onChange={(text) => onChange({ ...value, [key]: text })}
          error={errors[`blocks.review.${key}`]}
          maxLength={key === 'findings' ? 4000 : 2000}
        />
      ))}
    </BlockSection>
  );
}
