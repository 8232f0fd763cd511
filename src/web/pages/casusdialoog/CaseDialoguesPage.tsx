import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../wegwijzer/format';
import { useCaseDialogues } from './casusdialoog-api';

/** The team's ethical case dialogues, newest first, and the way to a new one. */
export function CaseDialoguesPage() {
  const { t, i18n } = useTranslation();
  const dialogues = useCaseDialogues();
  return (
    <>
      <PageTitle title={t('casusdialoog.title')} />
      <p>
        <RouterLink to="/kaarten">{t('kaarten.allDecks')}</RouterLink>
      </p>
      <Heading level={1}>{t('casusdialoog.title')}</Heading>
      <Paragraph lead>{t('casusdialoog.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/kaarten/casusdialoog/nieuw">{t('casusdialoog.new')}</RouterLink>
      </Paragraph>
      <Heading level={2}>{t('casusdialoog.list')}</Heading>
      <QueryState query={dialogues}>
        {(data) =>
          data.dialogues.length === 0 ? (
            <Paragraph>{t('casusdialoog.none')}</Paragraph>
          ) : (
            <ul>
              {data.dialogues.map((d) => (
                <li key={d.id}>
                  <RouterLink to={`/kaarten/casusdialoog/${d.id}`}>{d.title}</RouterLink> (
                  {t('casusdialoog.createdOn', {
                    date: formatDate(d.createdAt, i18n.language),
                    team: d.teamName,
                  })}
                  )
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}
