import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useLabel } from '../../api/catalogue';
import { useSignalChecklist, type SignalChecklistDetail } from '../../api/signal-checklists';
import { PrintBar, TickList } from '../../components/Checklist';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { useMe } from '../../api/session';
import { formatDate } from '../wegwijzer/format';

/** One setting: what to look for, how to start the conversation, where to refer; printable. */
export function SignalChecklistPage() {
  const { setting = '' } = useParams();
  const list = useSignalChecklist(setting);
  return <QueryState query={list}>{(l) => <SignalChecklist list={l} />}</QueryState>;
}

function SignalChecklist({ list }: { list: SignalChecklistDetail }) {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  const title = `${t('wijksignalen.title')}: ${list.title[lang]}`;
  return (
    <article className="ww-checklist-page">
      <PageTitle title={title} />
      <p className="ww-no-print">
        <RouterLink to="/wijksignalen">{t('wijksignalen.all')}</RouterLink>
      </p>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{list.intro[lang]}</Paragraph>
      <PrintBar label={t('wijksignalen.print')} hint={t('wijksignalen.printHint')} />

      <section aria-labelledby="ws-look">
        <Heading level={2} id="ws-look">
          {t('wijksignalen.lookFor')}
        </Heading>
        <Paragraph className="ww-no-print">{t('wijksignalen.lookForHint')}</Paragraph>
        <TickList
          idPrefix="signal"
          items={list.lookFor.map((s) => ({
            id: s.id,
            text: s.text[lang],
            note: `(${t('wijksignalen.capital', { capital: label('capitals', s.capital) })})`,
          }))}
        />
      </section>

      <section aria-labelledby="ws-talk">
        <Heading level={2} id="ws-talk">
          {t('wijksignalen.conversation')}
        </Heading>
        <OrderedList>
          {list.conversation.map((line) => (
            <OrderedListItem key={line.nl}>{line[lang]}</OrderedListItem>
          ))}
        </OrderedList>
      </section>

      <section aria-labelledby="ws-refer">
        <Heading level={2} id="ws-refer">
          {t('wijksignalen.refer')}
        </Heading>
        <ul className="ww-checklist-help">
          {list.refer.map((i) => (
            <li key={i.id}>
              <RouterLink to={`/wegwijzer/interventie/${i.id}`}>{i.name}</RouterLink>
              <Paragraph>{i.summary}</Paragraph>
            </li>
          ))}
        </ul>
      </section>

      <NextSteps setting={list.id} />

      <Paragraph className="ww-muted">
        {t('wijksignalen.reviewed', { date: formatDate(list.lastReviewed, i18n.language) })}
      </Paragraph>
    </article>
  );
}

/** What a caseworker does with what they saw: record it on a household, or ask advice. */
function NextSteps({ setting }: { setting: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.role !== 'sociaal_werker' && me.role !== 'teamleider') return null;
  return (
    <section aria-labelledby="ws-next" className="ww-no-print">
      <Heading level={2} id="ws-next">
        {t('wijkmelding.next.title')}
      </Heading>
      <ul className="ww-checklist-help">
        <li>
          <RouterLink to={`/wijksignalen/${setting}/vastleggen`}>
            {t('wijkmelding.next.record')}
          </RouterLink>
          <Paragraph>{t('wijkmelding.next.recordHint')}</Paragraph>
        </li>
        <li>
          <RouterLink to={`/wijksignalen/advies?plek=${setting}`}>
            {t('wijkmelding.next.advice')}
          </RouterLink>
          <Paragraph>{t('wijkmelding.next.adviceHint')}</Paragraph>
        </li>
      </ul>
    </section>
  );
}
