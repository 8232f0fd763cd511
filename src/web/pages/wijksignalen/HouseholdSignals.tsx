import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { HouseholdSignalView } from '../../../contract/neighbourhood-signals';
import { useSignalChecklist } from '../../api/signal-checklists';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { formatDate } from '../wegwijzer/format';
import { useHouseholdSignals } from './wijkmelding-api';

/**
 * On a household's page: the signals recorded from a checklist, and the next step — a
 * kapitaalscan with the household, and the help the checklist refers to.
 */
export function HouseholdSignals({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const signals = useHouseholdSignals(householdId);
  return (
    <QueryState query={signals}>
      {(list) =>
        list.signals.length === 0 ? null : (
          <section aria-labelledby="hh-signals" className="ww-hh-section">
            <Heading level={2} id="hh-signals">
              {t('wijkmelding.household.title')}
            </Heading>
            <ul className="ww-results">
              {list.signals.map((s) => (
                <SignalEntry key={s.id} signal={s} />
              ))}
            </ul>
            <Heading level={3}>{t('wijkmelding.household.next')}</Heading>
            <Paragraph>
              {t('wijkmelding.household.nextScan')}{' '}
              <a href="#hh-scans">{t('wijkmelding.household.toScans')}</a>
            </Paragraph>
            <Referrals setting={list.signals[0]!.setting} />
          </section>
        )
      }
    </QueryState>
  );
}

function SignalEntry({ signal }: { signal: HouseholdSignalView }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const list = useSignalChecklist(signal.setting);
  const text = (id: string) => list.data?.lookFor.find((s) => s.id === id)?.text[lang] ?? id;
  return (
    <li className="ww-result">
      <Paragraph>
        <strong>
          {t('wijkmelding.household.seen', {
            setting: list.data?.title[lang] ?? signal.setting,
            date: formatDate(signal.seenOn, i18n.language),
          })}
        </strong>
        {signal.recordedByName &&
          ` ${t('wijkmelding.household.by', { name: signal.recordedByName })}`}
      </Paragraph>
      <ul>
        {signal.signalIds.map((id) => (
          <li key={id}>{text(id)}</li>
        ))}
      </ul>
      {signal.note && <Paragraph>{signal.note}</Paragraph>}
    </li>
  );
}

/** Where the newest signal's checklist refers to. */
function Referrals({ setting }: { setting: string }) {
  const { t } = useTranslation();
  const list = useSignalChecklist(setting);
  if (!list.data || list.data.refer.length === 0) return null;
  return (
    <>
      <Paragraph>{t('wijkmelding.household.nextRefer')}</Paragraph>
      <ul className="ww-links">
        {list.data.refer.map((i) => (
          <li key={i.id}>
            <RouterLink to={`/wegwijzer/interventie/${i.id}`}>{i.name}</RouterLink>
          </li>
        ))}
      </ul>
    </>
  );
}
