import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { z } from 'zod';
import { specialistSchema, specialistTopics } from '../../../contract/catalogue';
import { apiQuery } from '../../api/api-query';
import { getJson, patch, post } from '../../api/client';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../hooks/useFormErrors';
import { CheckedConfirmation, useCheckedLine } from './VersionedEntry';
import { Suggest } from './InterventionPage';
import { WegwijzerNav } from './WegwijzerNav';

export type Specialist = z.infer<typeof specialistSchema>;
const specialistList = z.array(specialistSchema);

const API_NAMES = { q: 'q', onderwerp: 'topic', gemeente: 'gemeente' };

export function SpecialistsPage() {
  const { t } = useTranslation();
  const checkedLine = useCheckedLine();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState({
    q: params.get('q') ?? '',
    onderwerp: params.get('onderwerp') ?? '',
    gemeente: params.get('gemeente') ?? '',
  });
  const list = useQuery({
    queryKey: ['specialists', params.toString()],
    queryFn: () =>
      getJson(`/api/v1/specialists?${apiQuery(params, API_NAMES).toString()}`, specialistList),
  });
  const editor = me.role === 'beleidsmedewerker' || me.role === 'beheerder';
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(new URLSearchParams(Object.entries(draft).filter(([, v]) => v !== '')));
  };
  return (
    <>
      <PageTitle title={t('wegwijzer.specialists.title')} />
      <WegwijzerNav />
      <Heading level={1}>{t('wegwijzer.specialists.title')}</Heading>
      <Paragraph lead>{t('wegwijzer.specialists.intro')}</Paragraph>
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
      <QueryState query={list}>
        {(people) => (
          <>
            <Paragraph role="status">
              {t('wegwijzer.specialists.count', { count: people.length })}
            </Paragraph>
            <ul className="ww-cards">
              {people.map((s) => (
                <li key={s.id} className="ww-card">
                  <Heading level={2} className="ww-heading-small">
                    {s.name}
                  </Heading>
                  <Paragraph>
                    {s.function} · {s.organisationName}
                  </Paragraph>
                  <Paragraph>
                    {s.topics.map((x) => t(`wegwijzer.topics.${x}`)).join(', ')}
                  </Paragraph>
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
              ))}
            </ul>
          </>
        )}
      </QueryState>
      {editor && <SpecialistForm />}
    </>
  );
}

export function SpecialistForm({
  specialist,
  onDone,
}: {
  specialist?: Specialist;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const { errors, fromError, clear, summaryRef } = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const empty = { name: '', function: '', phone: '', email: '', note: '' };
  const [form, setForm] = useState(
    specialist
      ? {
          name: specialist.name,
          function: specialist.function,
          phone: specialist.phone ?? '',
          email: specialist.email ?? '',
          note: specialist.note ?? '',
        }
      : empty,
  );
  const [topics, setTopics] = useState<string[]>(specialist?.topics ?? []);
  const [checked, setChecked] = useState(false);
  const [gemeenten, setGemeenten] = useState<string[]>(
    specialist?.gemeenten.map((g) => g.code) ?? me.organisation.gemeenten.map((g) => g.code),
  );
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      ...form,
      phone: form.phone.trim() || null,
      email: form.email.trim() || null,
      topics,
      gemeenten,
      checked,
    };
    try {
      if (specialist) await patch(`/api/v1/specialists/${specialist.id}`, body);
      else await post('/api/v1/specialists', body);
      clear();
      setChecked(false);
      setSaved(t('wegwijzer.specialists.saved', { name: form.name }));
      if (!specialist) {
        setForm(empty);
        setTopics([]);
      }
      await client.invalidateQueries({ queryKey: ['specialists'] });
      onDone?.();
    } catch (error) {
      fromError(error);
    }
  };
  const idPrefix = specialist ? `s-${specialist.id.slice(0, 8)}-` : 'new-';
  return (
    <section aria-labelledby={`${idPrefix}title`}>
      <Heading level={2} id={`${idPrefix}title`}>
        {specialist
          ? t('wegwijzer.specialists.edit', { name: specialist.name })
          : t('wegwijzer.specialists.add')}
      </Heading>
      {saved && <StatusMessage>{saved}</StatusMessage>}
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        idPrefix={idPrefix}
        labels={{
          name: t('wegwijzer.specialists.name'),
          function: t('wegwijzer.specialists.function'),
          topics: t('wegwijzer.specialists.topics'),
          gemeenten: t('wegwijzer.offer.gemeenten'),
          phone: t('wegwijzer.offer.contactPhone'),
          email: t('wegwijzer.offer.contactEmail'),
          note: t('wegwijzer.specialists.note'),
        }}
      />
      <form onSubmit={(e) => void submit(e)} noValidate className="ww-form">
        <TextField
          idPrefix={idPrefix}
          name="name"
          label={t('wegwijzer.specialists.name')}
          value={form.name}
          onChange={set('name')}
          error={errors.fields.name}
          autoComplete="off"
        />
        <TextField
          idPrefix={idPrefix}
          name="function"
          label={t('wegwijzer.specialists.function')}
          value={form.function}
          onChange={set('function')}
          error={errors.fields.function}
        />
        <CheckboxGroup
          idPrefix={idPrefix}
          name="topics"
          legend={t('wegwijzer.specialists.topics')}
          options={specialistTopics.map((x) => ({ value: x, label: t(`wegwijzer.topics.${x}`) }))}
          value={topics}
          onChange={setTopics}
          error={errors.fields.topics}
        />
        <CheckboxGroup
          idPrefix={idPrefix}
          name="gemeenten"
          legend={t('wegwijzer.offer.gemeenten')}
          options={me.organisation.gemeenten.map((g) => ({ value: g.code, label: g.name }))}
          value={gemeenten}
          onChange={setGemeenten}
          error={errors.fields.gemeenten}
        />
        <TextField
          idPrefix={idPrefix}
          name="phone"
          type="tel"
          label={t('wegwijzer.offer.contactPhone')}
          value={form.phone}
          onChange={set('phone')}
          error={errors.fields.phone}
          autoComplete="off"
        />
        <TextField
          idPrefix={idPrefix}
          name="email"
          type="email"
          label={t('wegwijzer.offer.contactEmail')}
          value={form.email}
          onChange={set('email')}
          error={errors.fields.email}
          autoComplete="off"
        />
        <TextField
          idPrefix={idPrefix}
          name="note"
          label={t('wegwijzer.specialists.note')}
          description={t('wegwijzer.specialists.noteHint')}
          value={form.note}
          onChange={set('note')}
          error={errors.fields.note}
        />
        <CheckedConfirmation checked={checked} onChange={setChecked} idPrefix={idPrefix} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {specialist ? t('common.save') : t('wegwijzer.specialists.addButton')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
