import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { profile, type Instrument } from '../../../domain/assessment';
import { PageTitle } from '../../components/PageTitle';
import { useLanguage } from '../../hooks/useLanguage';
import { formatDate } from '../wegwijzer/format';
import { AspectTable } from './AspectTable';
import type { HouseholdDetail, ScanView } from './households-api';
import { textIn } from './instrument-text';

/** A finished scan, to read back: every answer with both ratings, and the factors. */
export function CompletedScan({
  household: h,
  instrument,
  scan,
}: {
  household: HouseholdDetail;
  instrument: Instrument;
  scan: ScanView;
}) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const date = formatDate(scan.completedAt ?? scan.startedAt, i18n.language);
  const sameVersion = scan.answers.instrumentVersion === instrument.version;
  const p = sameVersion ? profile(instrument, scan.answers) : null;
  const factor = (list: readonly { id: string; label: string; labelEn: string }[], id: string) => {
    const f = list.find((x) => x.id === id);
    return f ? textIn(lang, f, 'label') : id;
  };
  return (
    <>
      <PageTitle title={t('huishoudens.scan.completedTitle', { label: h.label, date })} />
      <Paragraph className="ww-no-print">
        <RouterLink to={`/huishoudens/${h.id}`}>
          {t('huishoudens.scan.backTo', { label: h.label })}
        </RouterLink>
      </Paragraph>
      <Heading level={1}>{t('huishoudens.scan.completedTitle', { label: h.label, date })}</Heading>
      {!p ? (
        <Paragraph>{t('huishoudens.scan.otherVersion')}</Paragraph>
      ) : (
        <>
          {p.capitals.map((c) => (
            <AspectTable
              key={c.capital}
              caption={textIn(lang, c, 'title')}
              aspects={c.aspects.filter((a) => a.applicable)}
            />
          ))}
          {p.children.map((c) => (
            <AspectTable
              key={c.childRef}
              caption={t('huishoudens.profile.childAspects', { ref: c.childRef })}
              aspects={c.aspects}
            />
          ))}
        </>
      )}
      <Heading level={2}>{t('huishoudens.scan.riskTitle')}</Heading>
      {scan.answers.riskFactors.length === 0 ? (
        <Paragraph>—</Paragraph>
      ) : (
        <UnorderedList>
          {scan.answers.riskFactors.map((id) => (
            <UnorderedListItem key={id}>{factor(instrument.riskFactors, id)}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Heading level={2}>{t('huishoudens.scan.protectiveTitle')}</Heading>
      {scan.answers.protectiveFactors.length === 0 ? (
        <Paragraph>—</Paragraph>
      ) : (
        <UnorderedList>
          {scan.answers.protectiveFactors.map((id) => (
            <UnorderedListItem key={id}>
              {factor(instrument.protectiveFactors, id)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
