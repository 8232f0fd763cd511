import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { importJobSchema, type ImportJob } from '../../../contract/catalogue';
import { getJson } from '../../api/client';
import { uploadFile } from '../../api/upload';
import { useLanguage } from '../../hooks/useLanguage';

export type ImportMode = 'all-or-nothing' | 'valid-only';
type Reason = ImportJob['report'][number]['reasons'][number];

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

/**
 * Uploads an HSDS file, then polls the import job until it is done or failed, and refreshes the
 * catalogue queries it changed. `uploaded` is the upload fraction while the file is sent.
 */
export function useHsdsImport() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
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
  return { setFile, mode, setMode, uploaded, job, error, run };
}
