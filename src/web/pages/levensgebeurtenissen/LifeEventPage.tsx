import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useLifeEvent, type LifeEventDetail } from '../../api/life-events';
import { useMe } from '../../api/session';
import { PrintBar, TickList } from '../../components/Checklist';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { formatDate } from '../wegwijzer/format';
import { AddToPlanForm } from './AddToPlanForm';

/** Roles that work with households and so may put a checklist in a plan. */
const CASEWORKERS: readonly string[] = ['sociaal_werker', 'teamleider'];

/** One life event: a checklist to go through in a conversation, to print, and to put in a plan. */
export function LifeEventPage() {
  const { eventId = '' } = useParams();
  const event = useLifeEvent(eventId);
  return <QueryState query={event}>{(e) => <LifeEvent event={e} />}</QueryState>;
}

function LifeEvent({ event }: { event: LifeEventDetail }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const me = useMe();
  const title = event.title[lang];
  return (
    <article className="ww-checklist-page">
      <PageTitle title={title} />
      <p className="ww-no-print">
        <RouterLink to="/levensgebeurtenissen">{t('levensgebeurtenissen.all')}</RouterLink>
      </p>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{event.intro[lang]}</Paragraph>
      <PrintBar
        label={t('levensgebeurtenissen.print')}
        hint={t('levensgebeurtenissen.printHint')}
      />

      <section aria-labelledby="le-arrange">
        <Heading level={2} id="le-arrange">
          {t('levensgebeurtenissen.arrange')}
        </Heading>
        <Paragraph className="ww-no-print">{t('levensgebeurtenissen.arrangeHint')}</Paragraph>
        <TickList
          idPrefix="step"
          items={event.arrange.map((step) => ({ id: step.id, text: step.text[lang] }))}
        />
      </section>

      {event.schemes.length > 0 && (
        <section aria-labelledby="le-schemes">
          <Heading level={2} id="le-schemes">
            {t('levensgebeurtenissen.schemes')}
          </Heading>
          <dl className="ww-checklist-terms">
            {event.schemes.map((s) => (
              <div key={s.scheme}>
                <dt>{t(`check.schemeNames.${s.scheme}`)}</dt>
                <dd>{s.change[lang]}</dd>
              </div>
            ))}
          </dl>
          <Paragraph className="ww-no-print">
            <RouterLink to="/check">
              {event.whatIf
                ? t(`levensgebeurtenissen.whatIf.${event.whatIf}`)
                : t('levensgebeurtenissen.checkLink')}
            </RouterLink>
          </Paragraph>
        </section>
      )}

      {event.interventions.length > 0 && (
        <section aria-labelledby="le-help">
          <Heading level={2} id="le-help">
            {t('levensgebeurtenissen.interventions')}
          </Heading>
          <ul className="ww-checklist-help">
            {event.interventions.map((i) => (
              <li key={i.id}>
                <RouterLink to={`/wegwijzer/interventie/${i.id}`}>{i.name}</RouterLink>
                <Paragraph>{i.summary}</Paragraph>
              </li>
            ))}
          </ul>
        </section>
      )}

      {CASEWORKERS.includes(me.role) && <AddToPlanForm eventId={event.id} />}
      <Paragraph className="ww-muted">
        {t('levensgebeurtenissen.reviewed', {
          date: formatDate(event.lastReviewed, i18n.language),
        })}
      </Paragraph>
    </article>
  );
}
