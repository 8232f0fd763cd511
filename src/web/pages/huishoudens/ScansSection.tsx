import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../wegwijzer/format';
import {
  householdChanges,
  hasActiveConsent,
  householdKeys,
  type HouseholdDetail,
} from './households-api';

/** The kapitaalscans of the household: start a new one, continue a draft, open a finished one. */
export function ScansSection({ household: h }: { household: HouseholdDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const draft = h.scans.find((s) => s.status === 'draft');
  const completed = h.scans.filter((s) => s.status === 'completed');
  const consent = hasActiveConsent(h, 'kapitaalscan');
  const starting = useSave(
    () => householdChanges.startScan(h.id),
    async (scan) => {
      client.setQueryData(householdKeys.scan(h.id, scan.id), scan);
      await client.invalidateQueries({ queryKey: householdKeys.one(h.id) });
      void navigate(`/huishoudens/${h.id}/scan/${scan.id}`);
    },
  );

  return (
    <section aria-labelledby="hh-scans" className="ww-hh-section">
      <Heading level={2} id="hh-scans">
        {t('huishoudens.scans.title')}
      </Heading>
      <Paragraph>{t('huishoudens.scans.intro')}</Paragraph>
      {!consent && <Paragraph>{t('huishoudens.scans.needConsent')}</Paragraph>}
      <ErrorSummary errors={starting.errors} summaryRef={starting.summaryRef} labels={{}} />
      <Paragraph>
        <Button
          appearance="primary-action-button"
          type="button"
          disabled={starting.busy}
          onClick={() => starting.save(undefined)}
        >
          {draft
            ? t('huishoudens.scans.continue', {
                date: formatDate(draft.startedAt, i18n.language),
              })
            : completed.length > 0
              ? t('huishoudens.scans.startAgain')
              : t('huishoudens.scans.start')}
        </Button>
      </Paragraph>
      {completed.length > 0 && (
        <UnorderedList>
          {completed.map((s) => (
            <UnorderedListItem key={s.id}>
              <RouterLink to={`/huishoudens/${h.id}/scan/${s.id}`}>
                {t('huishoudens.scans.open', {
                  date: formatDate(s.completedAt ?? s.startedAt, i18n.language),
                })}
              </RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
