import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ImportJob } from '../../../contract/catalogue';
import { useLanguage } from '../../hooks/useLanguage';

const finished = (job: ImportJob) => job.status === 'done' || job.status === 'failed';

/** Live progress of the upload and the import, then the totals per outcome. */
export function HsdsImportProgress({
  uploaded,
  job,
}: {
  uploaded: number | null;
  job: ImportJob | null;
}) {
  const { t } = useTranslation();
  const count = (outcome: ImportJob['report'][number]['outcome']) =>
    job?.report.filter((r) => r.outcome === outcome).length ?? 0;
  return (
    <div role="status" aria-live="polite">
      {uploaded !== null && !job && (
        <Paragraph>
          <label htmlFor="upload-progress">{t('wegwijzer.exchange.uploading')}</label>{' '}
          <progress id="upload-progress" max={1} value={uploaded} />
        </Paragraph>
      )}
      {job && !finished(job) && (
        <Paragraph>
          <label htmlFor="import-progress">
            {t('wegwijzer.exchange.processing', { processed: job.processed, total: job.total })}
          </label>{' '}
          <progress id="import-progress" max={Math.max(1, job.total)} value={job.processed} />
        </Paragraph>
      )}
      {job && finished(job) && (
        <Paragraph>
          <strong>
            {t('wegwijzer.exchange.summary', {
              created: count('created'),
              updated: count('updated'),
              rejected: count('rejected'),
              held: count('not-imported'),
            })}
          </strong>
        </Paragraph>
      )}
    </div>
  );
}

/** One row per imported record: what happened to it and why. */
export function HsdsImportReport({ report }: { report: ImportJob['report'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">#</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wegwijzer.exchange.record')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wegwijzer.exchange.outcome')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wegwijzer.exchange.why')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {report.map((r) => (
          <TableRow key={r.index}>
            <TableCell>{r.index + 1}</TableCell>
            <TableCell>
              {r.interventionId ? (
                <RouterLink to={`/wegwijzer/interventie/${r.interventionId}`}>{r.name}</RouterLink>
              ) : (
                (r.name ?? '—')
              )}
            </TableCell>
            <TableCell>{t(`wegwijzer.exchange.outcomes.${r.outcome}`)}</TableCell>
            <TableCell>
              {[...r.reasons, ...r.warnings]
                .map((x) => (x.path ? `${x.path}: ${x[lang]}` : x[lang]))
                .join(' · ') || '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
