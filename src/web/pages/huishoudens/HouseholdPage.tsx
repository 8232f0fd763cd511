import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../wegwijzer/format';
import { HouseholdNav, useHousehold } from './common';
import { ConsentSection } from './ConsentSection';
import { HouseholdDrawings } from '../kleurplaat/HouseholdDrawings';
import { HouseholdSignals } from '../wijksignalen/HouseholdSignals';
import { PeopleSection } from './PeopleSection';
import { PrivacySection } from './PrivacySection';
import { ProfileSection } from './ProfileSection';
import { ScansSection } from './ScansSection';
import { HouseholdReferrals } from '../overdracht/HouseholdReferrals';

/** One household: who, consent, scans, profile with change and matches, privacy. */
export function HouseholdPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const household = useHousehold(id);
  const state = location.state as {
    created?: boolean;
    scanCompleted?: boolean;
    scanPaused?: boolean;
    signalRecorded?: boolean;
  } | null;
  return (
    <QueryState query={household}>
      {(h) => (
        <>
          <PageTitle title={t('huishoudens.overview.title', { label: h.label })} />
          <HouseholdNav id={h.id} label={h.label} />
          <Heading level={1}>
            {t('huishoudens.overview.heading', { label: h.label, reference: h.reference })}
          </Heading>
          {state?.created && <StatusMessage>{t('huishoudens.overview.created')}</StatusMessage>}
          {state?.scanPaused && (
            <StatusMessage>{t('huishoudens.overview.scanPaused')}</StatusMessage>
          )}
          {state?.signalRecorded && (
            <StatusMessage>{t('wijkmelding.household.recorded')}</StatusMessage>
          )}
          {state?.scanCompleted && (
            <StatusMessage>{t('huishoudens.overview.scanCompleted')}</StatusMessage>
          )}
          {h.closedAt && (
            <Alert type="info">
              <Paragraph>
                {t('huishoudens.overview.closed', {
                  date: formatDate(h.closedAt, i18n.language),
                  reason: t(`huishoudens.closeReasons.${h.closeReason ?? 'anders'}`),
                })}
              </Paragraph>
            </Alert>
          )}
          <PeopleSection household={h} />
          <ConsentSection household={h} />
          <HouseholdSignals householdId={h.id} />
          <ScansSection household={h} />
          <ProfileSection household={h} />
          <HouseholdReferrals householdId={h.id} open={!h.closedAt} />
          {h.data.children.length > 0 && <HouseholdDrawings householdId={h.id} />}
          <PrivacySection household={h} />
        </>
      )}
    </QueryState>
  );
}
