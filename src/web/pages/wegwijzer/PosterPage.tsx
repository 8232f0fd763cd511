import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { z } from 'zod';
import { organisationSummarySchema } from '../../../contract/admin';
import { posterSchema, type Poster } from '../../../contract/catalogue';
import { useLabel } from '../../api/catalogue';
import { getJson } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { useLanguage } from '../../hooks/useLanguage';
import { WegwijzerNav } from './WegwijzerNav';

/** A werkorganisatie's offer on one page, to print or download, grouped by capital source. */
export function PosterPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  const lang = useLanguage();
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: () => getJson('/api/v1/organisations', z.array(organisationSummarySchema)),
  });
  const poster = useQuery({
    queryKey: ['poster', organisationId],
    queryFn: () => getJson(`/api/v1/catalogue/poster/${organisationId}`, posterSchema),
  });
  const pdf = (size: 'A4' | 'A3') =>
    `/api/v1/catalogue/poster/${organisationId}/pdf?size=${size}&lang=${lang}`;
  return (
    <>
      <WegwijzerNav />
      <div className="ww-no-print">
        {organisations.data && (
          <SelectField
            name="organisation"
            label={t('wegwijzer.poster.choose')}
            value={organisationId}
            onChange={(id) => void navigate(`/wegwijzer/poster/${id}`)}
            options={organisations.data.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={() => window.print()}>
            {t('wegwijzer.poster.print')}
          </Button>
          <Link
            href={pdf('A4')}
            download
            className="utrecht-button utrecht-button--secondary-action ww-button-link"
          >
            {t('wegwijzer.poster.downloadA4')}
          </Link>
          <Link
            href={pdf('A3')}
            download
            className="utrecht-button utrecht-button--secondary-action ww-button-link"
          >
            {t('wegwijzer.poster.downloadA3')}
          </Link>
        </ButtonGroup>
      </div>
      <QueryState query={poster}>{(p) => <PosterArticle poster={p} />}</QueryState>
    </>
  );
}

function PosterArticle({ poster: p }: { poster: Poster }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <article className="ww-poster">
      <PageTitle title={t('wegwijzer.poster.title', { name: p.organisation.name })} />
      <Heading level={1}>{t('wegwijzer.poster.title', { name: p.organisation.name })}</Heading>
      <Paragraph lead>
        {t('wegwijzer.poster.subtitle', { gemeenten: p.organisation.gemeenten.join(', ') })}
      </Paragraph>
      {p.groups.length === 0 && <Paragraph>{t('wegwijzer.poster.empty')}</Paragraph>}
      <div className="ww-poster__grid">
        {p.groups.map((g) => (
          <section
            key={g.capital}
            className={`ww-poster__group ww-capital ww-capital--${g.capital}`}
            aria-labelledby={`poster-${g.capital}`}
          >
            <Heading level={2} id={`poster-${g.capital}`}>
              {label('capitals', g.capital)}
            </Heading>
            {g.entries.map((e) => (
              <div key={e.interventionId} className="ww-poster__entry">
                <Heading level={3} className="ww-heading-small">
                  <RouterLink to={`/wegwijzer/interventie/${e.interventionId}`}>
                    {e.name}
                  </RouterLink>
                </Heading>
                <Paragraph>{e.summary}</Paragraph>
                {e.places.map((place, i) => (
                  <Paragraph key={i} className="ww-muted">
                    {place.wijk
                      ? `${place.wijk} (${place.gemeenten.join(', ')})`
                      : place.gemeenten.join(', ')}
                    {place.contact &&
                      ` · ${t('wegwijzer.offer.contact')}: ${[place.contact.name, place.contact.function, place.contact.phone, place.contact.email].filter(Boolean).join(', ')}`}
                  </Paragraph>
                ))}
              </div>
            ))}
          </section>
        ))}
        {p.specialists.length > 0 && (
          <section className="ww-poster__group" aria-labelledby="poster-specialists">
            <Heading level={2} id="poster-specialists">
              {t('wegwijzer.poster.specialists')}
            </Heading>
            {p.specialists.map((s) => (
              <Paragraph key={`${s.name}-${s.function}`}>
                <strong>{s.name}</strong> — {s.function}
                {s.phone ? `, ${s.phone}` : ''}
                {s.email ? `, ${s.email}` : ''}
              </Paragraph>
            ))}
          </section>
        )}
      </div>
    </article>
  );
}
