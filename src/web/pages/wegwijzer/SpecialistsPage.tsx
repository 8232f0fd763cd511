import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { z } from 'zod';
import { specialistSchema, specialistTopics } from '../../../contract/catalogue';
import { apiQuery } from '../../api/api-query';
import { getJson } from '../../api/client';
import { useMe } from '../../api/session';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCheckedLine } from './VersionedEntry';
import { Suggest } from './InterventionPage';
import { SpecialistForm, type Specialist } from './SpecialistForm';
import { WegwijzerNav } from './WegwijzerNav';

const specialistList = z.array(specialistSchema);

const API_NAMES = { q: 'q', onderwerp: 'topic', gemeente: 'gemeente' };

export function SpecialistsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const list = useQuery({
    queryKey: ['specialists', params.toString()],
    queryFn: () =>
      getJson(`/api/v1/specialists?${apiQuery(params, API_NAMES).toString()}`, specialistList),
  });
  const editor = me.role === 'beleidsmedewerker' || me.role === 'beheerder';
  return (
    <>
      <PageTitle title={t('wegwijzer.specialists.title')} />
      <WegwijzerNav />
      <Heading level={1}>{t('wegwijzer.specialists.title')}</Heading>
      <Paragraph lead>{t('wegwijzer.specialists.intro')}</Paragraph>
      <SpecialistFilters />
      <QueryState query={list}>
        {(people) => (
          <>
            <Paragraph role="status">
              {t('wegwijzer.specialists.count', { count: people.length })}
            </Paragraph>
            <ul className="ww-cards">
              {people.map((s) => (
                <SpecialistCard key={s.id} specialist={s} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
      {editor && <SpecialistForm />}
    </>
  );
}

/** The search form: its answers go into the address (?q=…&onderwerp=…&gemeente=…). */
function SpecialistFilters() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState({
    q: params.get('q') ?? '',
    onderwerp: params.get('onderwerp') ?? '',
    gemeente: params.get('gemeente') ?? '',
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(new URLSearchParams(Object.entries(draft).filter(([, v]) => v !== '')));
  };
  return (
    <form role="search" onSubmit={apply} className="ww-form ww-filters">
      <TextField
        name="q"
        type="search"
        label={t('wegwijzer.specialists.search')}
        value={draft.q}
        onChange={(q) => setDraft({ ...draft, q })}
      />
      <SelectField
        name="onderwerp"
        label={t('wegwijzer.specialists.topic')}
        value={draft.onderwerp}
        onChange={(onderwerp) => setDraft({ ...draft, onderwerp })}
        options={[
          { value: '', label: t('wegwijzer.specialists.anyTopic') },
          ...specialistTopics.map((x) => ({ value: x, label: t(`wegwijzer.topics.${x}`) })),
        ]}
      />
      <TextField
        name="gemeente"
        label={t('wegwijzer.specialists.gemeente')}
        description={t('wegwijzer.specialists.gemeenteHint')}
        value={draft.gemeente}
        onChange={(gemeente) => setDraft({ ...draft, gemeente })}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          {t('wegwijzer.specialists.find')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** One specialist: what they know about, where, how to reach them, and when last checked. */
function SpecialistCard({ specialist: s }: { specialist: Specialist }) {
  const { t } = useTranslation();
  const checkedLine = useCheckedLine();
  return (
    <li className="ww-card">
      <Heading level={2} className="ww-heading-small">
        {s.name}
      </Heading>
      <Paragraph>
        {s.function} · {s.organisationName}
      </Paragraph>
      <Paragraph>{s.topics.map((x) => t(`wegwijzer.topics.${x}`)).join(', ')}</Paragraph>
      <Paragraph>{s.gemeenten.map((g) => g.name).join(', ')}</Paragraph>
      {s.phone && (
        <Paragraph>
          <Link href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</Link>
        </Paragraph>
      )}
      {s.email && (
        <Paragraph>
          <Link href={`mailto:${s.email}`}>{s.email}</Link>
        </Paragraph>
      )}
      {s.note && <Paragraph>{s.note}</Paragraph>}
      <Paragraph className="ww-muted">
        {checkedLine(s.lastCheckedAt, s.lastCheckedBy)}
        {s.stale && <strong className="ww-flag"> {t('wegwijzer.offer.stale')}</strong>}
      </Paragraph>
      <Suggest targetType="specialist" targetId={s.id} compact label={s.name} />
    </li>
  );
}
