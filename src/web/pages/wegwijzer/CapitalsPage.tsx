import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import {
  Button,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useCapitals } from '../../api/catalogue';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { WegwijzerNav } from './WegwijzerNav';

export function CapitalsPage() {
  const { t } = useTranslation();
  const capitals = useCapitals();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const search = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/wegwijzer/zoeken?q=${encodeURIComponent(q)}`);
  };
  return (
    <>
      <PageTitle title={t('wegwijzer.title')} />
      <WegwijzerNav />
      <Heading level={1}>{t('wegwijzer.title')}</Heading>
      <Paragraph lead>{t('wegwijzer.intro')}</Paragraph>
      <form role="search" onSubmit={search} className="ww-form ww-searchbar">
        <TextField
          name="q"
          type="search"
          label={t('wegwijzer.searchLabel')}
          description={t('wegwijzer.searchHint')}
          value={q}
          onChange={setQ}
        />
        <Button appearance="primary-action-button" type="submit">
          {t('wegwijzer.searchButton')}
        </Button>
      </form>
      <QueryState query={capitals}>
        {(data) => (
          <>
            <Heading level={2}>{t('wegwijzer.fiveCapitals')}</Heading>
            <ul className="ww-cards">
              {data.capitals.map((c) => (
                <li key={c.id} className={`ww-card ww-capital ww-capital--${c.id}`}>
                  <RouterLink to={`/wegwijzer/kapitaal/${c.id}`} className="ww-card__link">
                    {c.name}
                  </RouterLink>
                  <Paragraph>{c.in_short}</Paragraph>
                </li>
              ))}
            </ul>
            <Heading level={2}>{t('wegwijzer.principles')}</Heading>
            <UnorderedList>
              {data.principles.map((p) => (
                <UnorderedListItem key={p}>{p}</UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
      </QueryState>
    </>
  );
}
