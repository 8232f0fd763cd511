import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useDecks } from '../../api/cards';
import { useMe } from '../../api/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import './kaarten.css';

/** The list of decks. */
export function DecksPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const decks = useDecks();
  const me = useMe();
  return (
    <>
      <PageTitle title={t('kaarten.title')} />
      <Heading level={1}>{t('kaarten.title')}</Heading>
      <Paragraph lead>{t('kaarten.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/kaarten/reflectie">{t('kaarten.reflection.nav')}</RouterLink>:{' '}
        {t('kaarten.reflection.private')}
      </Paragraph>
      <Paragraph>
        <RouterLink to="/kaarten/kleurplaat">{t('kleurplaat.nav')}</RouterLink>:{' '}
        {t('kleurplaat.navHint')}
      </Paragraph>
      {(me.role === 'sociaal_werker' || me.role === 'teamleider') && (
        <Paragraph>
          <RouterLink to="/kaarten/casusdialoog">{t('casusdialoog.title')}</RouterLink>:{' '}
          {t('casusdialoog.navHint')}
        </Paragraph>
      )}
      <Paragraph>
        <RouterLink to="/kaarten/teamsessie">{t('kaarten.session.nav')}</RouterLink>:{' '}
        {t('kaarten.session.intro')}
      </Paragraph>
      <Paragraph>
        <RouterLink to="/leren">{t('leren.nav')}</RouterLink>: {t('leren.fromDecks')}
      </Paragraph>
      <QueryState query={decks}>
        {(data) => (
          <ul className="ww-cards">
            {data.decks.map((d) => (
              <li key={d.id} className="ww-card">
                <RouterLink to={`/kaarten/${d.id}`} className="ww-card__link">
                  {d.title[lang]}
                </RouterLink>
                <Paragraph>
                  {t(`kaarten.kind.${d.kind}`)} · {t('kaarten.cardCount', { count: d.cardCount })}
                </Paragraph>
                <Paragraph>{d.intro[lang]}</Paragraph>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
