import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { z } from 'zod';
import { versionEntrySchema } from '../../../contract/catalogue';
import { getJson } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { formatDate } from './format';

const versionHistory = z.array(versionEntrySchema);

/** Who changed what, when; any older version can be opened and read. */
export function History({
  path,
  level = 2,
  id = 'history',
}: {
  path: string;
  /** The heading's level where the history stands inside an entry's own section. */
  level?: 2 | 3 | 4;
  id?: string;
}) {
  const { t, i18n } = useTranslation();
  const history = useQuery({
    queryKey: ['history', path],
    queryFn: () => getJson(path, versionHistory),
  });
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-labelledby={id}>
      <Heading level={level} id={id}>
        {t('wegwijzer.history.title')}
      </Heading>
      <QueryState query={history}>
        {(versions) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('wegwijzer.history.version')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wegwijzer.history.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wegwijzer.history.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wegwijzer.history.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wegwijzer.history.changes')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...versions].reverse().map((v) => {
                const previous = versions.find((p) => p.version === v.version - 1);
                const changed = previous ? changedFields(previous.data, v.data) : [];
                return (
                  <TableRow key={v.version}>
                    <TableCell>{v.version}</TableCell>
                    <TableCell>{formatDate(v.changedAt, i18n.language)}</TableCell>
                    <TableCell>{v.changedBy ?? '—'}</TableCell>
                    <TableCell>{t(`wegwijzer.history.actions.${v.action}`)}</TableCell>
                    <TableCell>
                      {changed.length > 0 && <span>{changed.join(', ')} </span>}
                      <Button
                        appearance="subtle-button"
                        aria-expanded={open === v.version}
                        onClick={() => setOpen(open === v.version ? null : v.version)}
                      >
                        {open === v.version
                          ? t('wegwijzer.history.hide', { version: v.version })
                          : t('wegwijzer.history.show', { version: v.version })}
                      </Button>
                      {open === v.version && <VersionData data={v.data} />}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </QueryState>
    </section>
  );
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys({ ...before, ...after }).filter(
    (k) => k !== 'lastCheckedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

function VersionData({ data }: { data: Record<string, unknown> }) {
  const show = (value: unknown): string =>
    value === null || value === undefined
      ? '—'
      : typeof value === 'object'
        ? Array.isArray(value)
          ? value.map(show).join(', ')
          : Object.entries(value as Record<string, unknown>)
              .map(([k, v]) => `${k}: ${show(v)}`)
              .join('; ')
        : String(value);
  return (
    <dl className="ww-deflist ww-version">
      {Object.entries(data).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{show(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
