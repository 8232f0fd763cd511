import { useTranslation } from 'react-i18next';
import type { ExperienceExpertView } from '../../../contract/experience-experts';
import { formatDate } from '../wegwijzer/format';

/** An entry's roles, contact, availability, agreements and consent, as a description list. */
export function ExpertSummary({ expert }: { expert: ExperienceExpertView }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const { days, dayParts, unavailableUntil } = expert.availability;
  const when = [
    days.length
      ? days.map((d) => t(`ervaringsdeskundigen.day.${d}`)).join(', ')
      : t('ervaringsdeskundigen.anyDay'),
    dayParts.map((p) => t(`ervaringsdeskundigen.dayPart.${p}`)).join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <dl className="ww-expert-summary">
      <dt>{t('ervaringsdeskundigen.roles')}</dt>
      <dd>{expert.roles.map((r) => t(`ervaringsdeskundigen.roleShort.${r}`)).join(', ')}</dd>
      <dt>{t('ervaringsdeskundigen.contact')}</dt>
      <dd>
        <ContactLines email={expert.email} phone={expert.phone} />
      </dd>
      <dt>{t('ervaringsdeskundigen.availability')}</dt>
      <dd>
        {when}
        {unavailableUntil && (
          <>
            <br />
            <strong>
              {t('ervaringsdeskundigen.pausedUntil', { until: date(unavailableUntil) })}
            </strong>
          </>
        )}
      </dd>
      {expert.agreements && (
        <>
          <dt>{t('ervaringsdeskundigen.agreements')}</dt>
          <dd className="ww-pre-line">{expert.agreements}</dd>
        </>
      )}
      <dt>{t('ervaringsdeskundigen.consent')}</dt>
      <dd>
        {t('ervaringsdeskundigen.consentRecorded', {
          date: date(expert.consent.givenAt),
          how: t(`ervaringsdeskundigen.consentHowOption.${expert.consent.how}`),
        })}
      </dd>
    </dl>
  );
}

/** E-mail and phone as links a worker can use at once. */
export function ContactLines({ email, phone }: { email: string | null; phone: string | null }) {
  return (
    <>
      {email && <a href={`mailto:${email}`}>{email}</a>}
      {email && phone && <br />}
      {phone && <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>}
    </>
  );
}
