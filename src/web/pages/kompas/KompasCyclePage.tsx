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

function CycleForm({ cycle }: { cycle: KompasCycle }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const k = (key: string, values?: Record<string, unknown>) =>
    t(`rapportage.kompas.${key}`, values);
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
  const may = (b: Block) => cycle.editable.includes(b);
  const set = <B extends Block>(b: B, value: KompasBlocks[B]) =>
    setBlocks((all) => ({ ...all, [b]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSavedVersion(null);
    save({ version: cycle.version, blocks });
  };
  const fieldOf = (b: Block) =>
    k(`fields.${['approach', 'agreements'].includes(b) ? 'organisations' : 'gemeente'}`);
  const section = (b: Block, body: ReactNode, readOnly: ReactNode) => (
    <section aria-labelledby={`block-${b}`} key={b}>
      <Heading level={2} id={`block-${b}`}>
        {k(`blocks.${b}`)}
      </Heading>
      <Paragraph>{k(`hints.${b}`)}</Paragraph>
      {may(b) ? (
        body
      ) : (
        <>
          <Paragraph>
            <em>{k('readOnly', { field: fieldOf(b) })}</em>
          </Paragraph>
          {readOnly}
        </>
      )}
    </section>
  );
  const textList = (items: string[]) =>
    items.length ? (
      <UnorderedList>
        {items.map((s, i) => (
          <UnorderedListItem key={i}>{s}</UnorderedListItem>
        ))}
      </UnorderedList>
    ) : (
      <Paragraph>{k('empty')}</Paragraph>
    );
  const addButton = (label: string, onClick: () => void) => (
    <ButtonGroup>
      <Button appearance="secondary-action-button" type="button" onClick={onClick}>
        {k('add')}: {label}
      </Button>
    </ButtonGroup>
  );
  const removeButton = (label: string, onClick: () => void) => (
    <Button appearance="subtle-button" type="button" onClick={onClick}>
      {k('remove')}: {label}
    </Button>
  );
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
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={{}} />
      <div role="status">
        {savedVersion && <Paragraph>{k('saved', { version: savedVersion })}</Paragraph>}
      </div>
      <form onSubmit={submit} noValidate className="ww-form">
        {section(
          'localPicture',
          <>
            <LocalPictureTable figures={blocks.localPicture.figures} />
            <TextAreaField
              name="blocks.localPicture.notes"
              label={k('notes')}
              value={blocks.localPicture.notes}
              onChange={(notes) => set('localPicture', { ...blocks.localPicture, notes })}
              error={errors.fields['blocks.localPicture.notes']}
              maxLength={4000}
            />
          </>,
          <>
            <LocalPictureTable figures={blocks.localPicture.figures} />
            <Paragraph>{blocks.localPicture.notes || k('empty')}</Paragraph>
          </>,
        )}
        {section(
          'ambitions',
          <>
            {blocks.ambitions.map((a, i) => (
              <div className="ww-row" key={i}>
                <TextField
                  name={`blocks.ambitions.${i}.text`}
                  label={k('ambition', { n: i + 1 })}
                  value={a.text}
                  onChange={(text) =>
                    set(
                      'ambitions',
                      blocks.ambitions.map((x, j) => (j === i ? { text } : x)),
                    )
                  }
                  error={errors.fields[`blocks.ambitions.${i}.text`]}
                  maxLength={500}
                />
                {removeButton(k('ambition', { n: i + 1 }), () =>
                  set(
                    'ambitions',
                    blocks.ambitions.filter((_, j) => j !== i),
                  ),
                )}
              </div>
            ))}
            {addButton(k('ambition', { n: blocks.ambitions.length + 1 }), () =>
              set('ambitions', [...blocks.ambitions, { text: '' }]),
            )}
          </>,
          textList(blocks.ambitions.map((a) => a.text)),
        )}
        {section(
          'results',
          <>
            {blocks.results.map((r, i) => {
              const change = (patch: Partial<KompasBlocks['results'][number]>) =>
                set(
                  'results',
                  blocks.results.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                );
              return (
                <div key={i} className="ww-row">
                  <TextField
                    name={`blocks.results.${i}.result`}
                    label={k('result', { n: i + 1 })}
                    value={r.result}
                    onChange={(result) => change({ result })}
                    error={errors.fields[`blocks.results.${i}.result`]}
                    maxLength={500}
                  />
                  <TextField
                    name={`blocks.results.${i}.indicator`}
                    label={k('indicator', { n: i + 1 })}
                    value={r.indicator}
                    onChange={(indicator) => change({ indicator })}
                    error={errors.fields[`blocks.results.${i}.indicator`]}
                    maxLength={300}
                  />
                  <SelectField
                    name={`blocks.results.${i}.term`}
                    label={k('term', { n: i + 1 })}
                    value={r.term}
                    options={TERMS.map((term) => ({ value: term, label: k(`terms.${term}`) }))}
                    onChange={(term) => change({ term: term as (typeof TERMS)[number] })}
                  />
                  {removeButton(k('result', { n: i + 1 }), () =>
                    set(
                      'results',
                      blocks.results.filter((_, j) => j !== i),
                    ),
                  )}
                </div>
              );
            })}
            {addButton(k('result', { n: blocks.results.length + 1 }), () =>
              set('results', [...blocks.results, { result: '', indicator: '', term: 'jaar' }]),
            )}
          </>,
          textList(
            blocks.results.map((r) => `${r.result} — ${r.indicator} (${k(`terms.${r.term}`)})`),
          ),
        )}
        {section(
          'approach',
          <>
            {blocks.approach.map((a, i) => (
              <div className="ww-row" key={i}>
                <TextField
                  name={`blocks.approach.${i}.activity`}
                  label={k('activity', { n: i + 1 })}
                  value={a.activity}
                  onChange={(activity) =>
                    set(
                      'approach',
                      blocks.approach.map((x, j) => (j === i ? { ...x, activity } : x)),
                    )
                  }
                  error={errors.fields[`blocks.approach.${i}.activity`]}
                  maxLength={500}
                />
                <TextField
                  name={`blocks.approach.${i}.partner`}
                  label={k('partner', { n: i + 1 })}
                  value={a.partner}
                  onChange={(partner) =>
                    set(
                      'approach',
                      blocks.approach.map((x, j) => (j === i ? { ...x, partner } : x)),
                    )
                  }
                  maxLength={200}
                />
                {removeButton(k('activity', { n: i + 1 }), () =>
                  set(
                    'approach',
                    blocks.approach.filter((_, j) => j !== i),
                  ),
                )}
              </div>
            ))}
            {addButton(k('activity', { n: blocks.approach.length + 1 }), () =>
              set('approach', [...blocks.approach, { activity: '', partner: '' }]),
            )}
          </>,
          textList(
            blocks.approach.map((a) => (a.partner ? `${a.activity} (${a.partner})` : a.activity)),
          ),
        )}
        {section(
          'agreements',
          <>
            {blocks.agreements.map((a, i) => (
              <div className="ww-row" key={i}>
                <TextField
                  name={`blocks.agreements.${i}.partners`}
                  label={k('agreementPartners', { n: i + 1 })}
                  value={a.partners}
                  onChange={(partners) =>
                    set(
                      'agreements',
                      blocks.agreements.map((x, j) => (j === i ? { ...x, partners } : x)),
                    )
                  }
                  error={errors.fields[`blocks.agreements.${i}.partners`]}
                  maxLength={300}
                />
                <TextField
                  name={`blocks.agreements.${i}.agreement`}
                  label={k('agreement', { n: i + 1 })}
                  value={a.agreement}
                  onChange={(agreement) =>
                    set(
                      'agreements',
                      blocks.agreements.map((x, j) => (j === i ? { ...x, agreement } : x)),
                    )
                  }
                  error={errors.fields[`blocks.agreements.${i}.agreement`]}
                  maxLength={1000}
                />
                {removeButton(k('agreement', { n: i + 1 }), () =>
                  set(
                    'agreements',
                    blocks.agreements.filter((_, j) => j !== i),
                  ),
                )}
              </div>
            ))}
            {addButton(k('agreement', { n: blocks.agreements.length + 1 }), () =>
              set('agreements', [...blocks.agreements, { partners: '', agreement: '' }]),
            )}
          </>,
          textList(blocks.agreements.map((a) => `${a.partners}: ${a.agreement}`)),
        )}
        {section(
          'review',
          <>
            {(['findings', 'stop', 'add', 'expand'] as const).map((key) => (
              <TextAreaField
                key={key}
                name={`blocks.review.${key}`}
                label={k(key === 'add' ? 'addWhat' : key)}
                value={blocks.review[key]}
                onChange={(value) => set('review', { ...blocks.review, [key]: value })}
                error={errors.fields[`blocks.review.${key}`]}
                maxLength={key === 'findings' ? 4000 : 2000}
              />
            ))}
          </>,
          textList(
            (['findings', 'stop', 'add', 'expand'] as const)
              .filter((key) => blocks.review[key])
              .map((key) => `${k(key === 'add' ? 'addWhat' : key)}: ${blocks.review[key]}`),
          ),
        )}
        {cycle.editable.length > 0 && (
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
              {k('save')}
            </Button>
          </ButtonGroup>
        )}
      </form>
      <section aria-labelledby="kompas-versions">
        <Heading level={2} id="kompas-versions">
          {k('versions')}
        </Heading>
        {textList(
          cycle.versions.map((v) =>
            k('versionLine', {
              version: v.version,
              date: v.savedAt.slice(0, 10),
              by: v.savedBy ?? 'none',
            }),
          ),
        )}
      </section>
    </>
  );
}
