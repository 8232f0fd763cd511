import { useTranslation } from 'react-i18next';
import type { ModuleProgressView } from '../../../contract/learning';
import { formatDate } from '../wegwijzer/format';

/** The professional's own progress on a module, in one sentence. */
export function ProgressText({ progress }: { progress: ModuleProgressView }) {
  const { t, i18n } = useTranslation();
  const shown = progress.bestCurrent ?? progress.latest;
  if (!shown) return <>{t('leren.status.notDone')}</>;
  const date = formatDate(shown.completedOn, i18n.language);
  if (!progress.onCurrentVersion) return <>{t('leren.status.oldVersion', { date })}</>;
  return <>{t('leren.status.done', { date, score: shown.score, total: shown.questionCount })}</>;
}
