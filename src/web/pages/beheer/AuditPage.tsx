import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { z } from 'zod';
import { auditPageSchema } from '../../../contract/admin';
import { getJson } from '../../api/client';
import { AdminNav } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useUsers } from './UsersPage';

type AuditPage = z.infer<typeof auditPageSchema>;
const FILTERS = [
  'action',
  'actorId',
  'outcome',
  'from',
  'to',
  'householdReference',
  'targetId',
] as const;

type Filters = Record<(typeof FILTERS)[number], string>;

/** The free-text and date filters after the two choice lists, in the order they are shown. */
const TEXT_FILTERS = [
  { name: 'householdReference', label: 'audit.householdReference', type: 'text' },
  { name: 'targetId', label: 'audit.target', type: 'text' },
  { name: 'from', label: 'audit.from', type: 'date' },
  { name: 'to', label: 'audit.to', type: 'date' },
] as const satisfies readonly { name: keyof Filters; label: string; type: 'text' | 'date' }[];

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1');
  const query = new URLSearchParams([...params].filter(([, v]) => v !== ''));
  const audit = useQuery({
    queryKey: ['audit', query.toString()],
    queryFn: () => getJson(`/api/v1/audit?${query.toString()}`, auditPageSchema),
    placeholderData: keepPreviousData,
  });

  const goTo = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    setParams(next);
  };

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <AdminNav />
      <Heading level={1}>{t('audit.title')}</Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <AuditFilters
        initial={Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters}
        apply={(draft) =>
          setParams(new URLSearchParams(Object.entries(draft).filter(([, v]) => v !== '')))
        }
      />
      <Paragraph>
        <a href={`/api/v1/audit/export?${query.toString()}`} download>
          {t('audit.downloadCsv')}
        </a>
      </Paragraph>
      <QueryState query={audit}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.perPage));
          return (
            <>
              <AuditTable data={data} pages={pages} />
              <AuditPaging page={page} pages={pages} goTo={goTo} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** The filter form: edits a draft, and the list follows only when it is applied. */
function AuditFilters({ initial, apply }: { initial: Filters; apply: (draft: Filters) => void }) {
  const { t } = useTranslation();
  const users = useUsers();
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof Filters) => (value: string) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  return (
    <form onSubmit={submit} className="ww-form ww-filters" aria-label={t('audit.filters')}>
      <TextField
        name="action"
        label={t('audit.action')}
        description={t('audit.actionDescription')}
        value={draft.action}
        onChange={set('action')}
      />
      <SelectField
        name="actorId"
        label={t('audit.actor')}
        value={draft.actorId}
        onChange={set('actorId')}
        options={[
          { value: '', label: t('audit.anyone') },
          ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
        ]}
      />
      <SelectField
        name="outcome"
        label={t('audit.outcome')}
        value={draft.outcome}
        onChange={set('outcome')}
        options={[
          { value: '', label: t('audit.anyOutcome') },
          { value: 'success', label: t('audit.outcomes.success') },
          { value: 'failure', label: t('audit.outcomes.failure') },
          { value: 'denied', label: t('audit.outcomes.denied') },
        ]}
      />
      {TEXT_FILTERS.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          label={t(f.label)}
          type={f.type}
          value={draft[f.name]}
          onChange={set(f.name)}
        />
      ))}
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          {t('audit.apply')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function AuditTable({ data, pages }: { data: AuditPage; pages: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Table>
      <TableCaption>
        {t('audit.caption', { count: data.total, page: data.page, pages })}
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.actor')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.household')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.target')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.outcome')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.session')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.items.map((e) => (
          <TableRow key={e.id}>
            <TableCell>
              {new Date(e.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL')}
            </TableCell>
            <TableCell>{e.actor ? `${e.actor.name} (${e.actor.organisation})` : '—'}</TableCell>
            <TableCell>{e.actionLabel[i18n.language === 'en' ? 'en' : 'nl']}</TableCell>
            <TableCell>{e.householdReference ?? '—'}</TableCell>
            <TableCell>{e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '—'}</TableCell>
            <TableCell>{t(`audit.outcomes.${e.outcome}`)}</TableCell>
            <TableCell>{e.sessionId ? e.sessionId.slice(0, 8) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AuditPaging({
  page,
  pages,
  goTo,
}: {
  page: number;
  pages: number;
  goTo: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('audit.paging')} className="ww-paging">
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={page <= 1}
          onClick={() => goTo(page - 1)}
        >
          {t('common.previous')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={page >= pages}
          onClick={() => goTo(page + 1)}
        >
          {t('common.next')}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
