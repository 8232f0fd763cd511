import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { uploadFile } from '../../api/upload';
import { StatusMessage } from '../../components/Layout';
import { FileField } from '../../components/FileField';
import { PageTitle } from '../../components/PageTitle';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { signalKeys, signalPaths, type SignalImportResult } from './signals-api';

type Phase = { kind: 'idle' } | { kind: 'uploading'; fraction: number } | { kind: 'reading' };

/** Uploading the chosen CSV: the phase (for the progress bar), then the report or what failed. */
function useSignalImport() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<SignalImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = useSave(
    (chosen: File) => {
      setPhase({ kind: 'uploading', fraction: 0 });
      return uploadFile(signalPaths.imports(chosen.name), chosen, {
        contentType: 'text/csv',
        onProgress: (fraction) =>
          setPhase(fraction >= 1 ? { kind: 'reading' } : { kind: 'uploading', fraction }),
      });
    },
    async ({ status, body }) => {
      if (status === 201) setResult(body as SignalImportResult);
      else if (status === 422 && body && typeof body === 'object' && 'report' in body)
        setResult((body as { report: SignalImportResult }).report);
      else
        setError(
          (body as { messages?: Record<string, string> } | null)?.messages?.[lang] ??
            t('signalen.import.failed'),
        );
      await client.invalidateQueries({ queryKey: signalKeys.all });
    },
  );

  const run = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    if (!file) return setError(t('signalen.import.chooseFile'));
    upload.save(file, {
      onError: () => setError(t('signalen.import.failed')),
      onSettled: () => setPhase({ kind: 'idle' }),
    });
  };

  return { phase, result, error, setFile, run };
}

/** Upload a partner's CSV; shows progress, then the import summary and the report per line. */
export function SignalImportPage() {
  const { t } = useTranslation();
  const { phase, result, error, setFile, run } = useSignalImport();
  const errors = result?.issues.filter((i) => i.severity === 'error').length ?? 0;
  return (
    <>
      <PageTitle title={t('signalen.import.title')} />
      <Heading level={1}>{t('signalen.import.title')}</Heading>
      <Paragraph lead>{t('signalen.import.intro')}</Paragraph>
      <form onSubmit={run} className="ww-form" noValidate>
        <FileField
          id="signal-file"
          label={t('signalen.import.file')}
          accept=".csv,text/csv"
          onChange={setFile}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={phase.kind !== 'idle'}>
            {t('signalen.import.start')}
          </Button>
        </ButtonGroup>
      </form>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {phase.kind === 'uploading' && (
          <Paragraph>
            <label htmlFor="upload-progress">{t('signalen.import.uploading')}</label>{' '}
            <progress id="upload-progress" max={1} value={phase.fraction} />
          </Paragraph>
        )}
        {phase.kind === 'reading' && <Paragraph>{t('signalen.import.reading')}</Paragraph>}
      </div>
      {result?.imported && (
        <StatusMessage>
          {t('signalen.import.done', result)}{' '}
          <RouterLink to="/signalen">{t('signalen.import.toQueue')}</RouterLink>
        </StatusMessage>
      )}
      {result && !result.imported && (
        <Alert type="error">
          <Paragraph>{t('signalen.import.refused', { errors })}</Paragraph>
        </Alert>
      )}
      {result && result.issues.length > 0 && <ImportReport result={result} />}
    </>
  );
}

/** The import's findings per line: which field, error or warning, and why. */
function ImportReport({ result }: { result: SignalImportResult }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-labelledby="signal-report">
      <Heading level={2} id="signal-report">
        {t('signalen.import.reportTitle')}
      </Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signalen.import.line')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signalen.import.field')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signalen.import.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signalen.import.reason')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.issues.map((issue, index) => (
            <TableRow key={`${issue.line}-${issue.field}-${index}`}>
              <TableCell>{issue.line}</TableCell>
              <TableCell>{t(`signalen.fields.${issue.field}`)}</TableCell>
              <TableCell>{t(`signalen.import.${issue.severity}`)}</TableCell>
              <TableCell>
                {issue.messages[lang]}
                {issue.duplicateOf !== undefined &&
                  ` ${t('signalen.import.duplicateOf', { line: issue.duplicateOf })}`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
