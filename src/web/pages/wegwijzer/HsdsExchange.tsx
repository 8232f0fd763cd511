import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  RadioButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { importJobSchema, type ImportJob } from '../../../contract/catalogue';
import { getJson } from '../../api/client';
import { uploadFile } from '../../api/upload';
import { FileField } from '../../components/FileField';
import { useLanguage } from '../../hooks/useLanguage';

type Job = ImportJob;
type Reason = Job['report'][number]['reasons'][number];

/** Starts an import; the server answers 202 with the job id, anything else is a problem. */
async function upload(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ id: string }> {
  const { status, body } = await uploadFile(url, file, {
    contentType: 'application/json',
    onProgress,
  });
  if (status === 202) return body as { id: string };
  throw body;
}

export function HsdsExchange() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'all-or-nothing' | 'valid-only'>('all-or-nothing');
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setJob(null);
    if (!file) return setError(t('wegwijzer.exchange.chooseFile'));
    try {
      setUploaded(0);
      const { id } = await upload(
        `/api/v1/catalogue/import?mode=${mode}&fileName=${encodeURIComponent(file.name)}`,
        file,
        setUploaded,
      );
      for (;;) {
        const current = await getJson(`/api/v1/catalogue/import/${id}`, importJobSchema);
        setJob(current);
        if (current.status === 'done' || current.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 500));
      }
      await client.invalidateQueries({ queryKey: ['local-items'] });
      await client.invalidateQueries({ queryKey: ['offer'] });
    } catch (problem) {
      const p = problem as { messages?: Reason } | null;
      setError(p?.messages?.[lang] ?? t('wegwijzer.exchange.failed'));
    } finally {
      setUploaded(null);
    }
  };

  const count = (outcome: Job['report'][number]['outcome']) =>
    job?.report.filter((r) => r.outcome === outcome).length ?? 0;
  return (
    <section aria-labelledby="exchange">
      <Heading level={2} id="exchange">
        {t('wegwijzer.exchange.title')}
      </Heading>
      <Paragraph>{t('wegwijzer.exchange.intro')}</Paragraph>
      <Paragraph>
        <Link href="/api/v1/catalogue/export/hsds" download>
          {t('wegwijzer.exchange.download')}
        </Link>
      </Paragraph>
      <Heading level={3}>{t('wegwijzer.exchange.importTitle')}</Heading>
      <form onSubmit={(e) => void run(e)} className="ww-form" noValidate>
        <FileField
          id="hsds-file"
          label={t('wegwijzer.exchange.file')}
          accept="application/json,.json"
          onChange={setFile}
        />
        <Fieldset>
          <FieldsetLegend>{t('wegwijzer.exchange.mode')}</FieldsetLegend>
          {(['all-or-nothing', 'valid-only'] as const).map((m) => (
            <FormField type="radio" key={m}>
              <Paragraph className="utrecht-form-field__label utrecht-form-field__label--radio">
                <FormLabel htmlFor={`mode-${m}`} type="radio">
                  <RadioButton
                    id={`mode-${m}`}
                    name="mode"
                    className="utrecht-form-field__input"
                    checked={mode === m}
                    onChange={() => setMode(m)}
                  />
                  {t(`wegwijzer.exchange.modes.${m}`)}
                </FormLabel>
              </Paragraph>
            </FormField>
          ))}
        </Fieldset>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            type="submit"
            disabled={uploaded !== null || job?.status === 'running'}
          >
            {t('wegwijzer.exchange.start')}
          </Button>
        </ButtonGroup>
      </form>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {uploaded !== null && !job && (
          <Paragraph>
            <label htmlFor="upload-progress">{t('wegwijzer.exchange.uploading')}</label>{' '}
            <progress id="upload-progress" max={1} value={uploaded} />
          </Paragraph>
        )}
        {job && job.status !== 'done' && job.status !== 'failed' && (
          <Paragraph>
            <label htmlFor="import-progress">
              {t('wegwijzer.exchange.processing', { processed: job.processed, total: job.total })}
            </label>{' '}
            <progress id="import-progress" max={Math.max(1, job.total)} value={job.processed} />
          </Paragraph>
        )}
        {job && (job.status === 'done' || job.status === 'failed') && (
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
      {job && job.report.length > 0 && (
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
            {job.report.map((r) => (
              <TableRow key={r.index}>
                <TableCell>{r.index + 1}</TableCell>
                <TableCell>
                  {r.interventionId ? (
                    <RouterLink to={`/wegwijzer/interventie/${r.interventionId}`}>
                      {r.name}
                    </RouterLink>
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
      )}
    </section>
  );
}
