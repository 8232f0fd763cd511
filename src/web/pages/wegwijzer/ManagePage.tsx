import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { z } from 'zod';
import {
  localItemSummarySchema,
  localOfferSchema,
  specialistSchema,
  staleEntriesSchema,
  suggestionSchema,
} from '../../../contract/catalogue';
import { getJson, patch } from '../../api/client';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { formatDate } from './format';
import { History } from './History';
import { HsdsExchange } from './HsdsExchange';

import { SpecialistForm, type Specialist } from './SpecialistForm';
import { EntryStepButtons, StepOutcome, useEntrySteps } from './VersionedEntry';
import { WegwijzerNav } from './WegwijzerNav';

type Suggestion = z.infer<typeof suggestionSchema>;

const ownOffers = z.array(localOfferSchema.extend({ interventionName: z.string() }));

/** The beleidsmedewerker's desk: what needs checking, what colleagues suggested, and the own offer. */
export function ManagePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('wegwijzer.manage.title')} />
      <WegwijzerNav />
      <Heading level={1}>{t('wegwijzer.manage.title')}</Heading>
      <Paragraph lead>{t('wegwijzer.manage.intro')}</Paragraph>
      <StaleList />
      <SuggestionQueue />
      <OwnOffers />
      <OwnLocalItems />
      <OwnSpecialists />
      <HsdsExchange />
    </>
  );
}

function linkTo(entry: { type: string; id: string; interventionId: string | null }) {
  if (entry.type === 'offer') return `/wegwijzer/aanbod/${entry.id}`;
  if (entry.type === 'intervention') return `/wegwijzer/lokaal/${entry.id}`;
  return '/wegwijzer/beheer#specialists';
}

function StaleList() {
  const { t, i18n } = useTranslation();
  const stale = useQuery({
    queryKey: ['stale'],
    queryFn: () => getJson('/api/v1/catalogue/stale', staleEntriesSchema),
  });
  return (
    <section aria-labelledby="stale">
      <Heading level={2} id="stale">
        {t('wegwijzer.manage.stale')}
      </Heading>
      <QueryState query={stale}>
        {(data) =>
          data.entries.length === 0 ? (
            <Paragraph>{t('wegwijzer.manage.noStale', { months: data.freshnessMonths })}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {t('wegwijzer.manage.staleIntro', {
                  months: data.freshnessMonths,
                  count: data.entries.length,
                })}
              </Paragraph>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('wegwijzer.manage.entry')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('wegwijzer.manage.kind')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('wegwijzer.manage.lastChecked')}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.entries.map((e) => (
                    <TableRow key={`${e.type}-${e.id}`}>
                      <TableCell>
                        <RouterLink to={linkTo(e)}>{e.name}</RouterLink>
                      </TableCell>
                      <TableCell>{t(`wegwijzer.manage.types.${e.type}`)}</TableCell>
                      <TableCell>
                        {e.lastCheckedAt
                          ? `${formatDate(e.lastCheckedAt, i18n.language)} · ${e.lastCheckedBy ?? '—'}`
                          : t('wegwijzer.entry.notChecked')}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function SuggestionQueue() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const queue = useQuery({
    queryKey: ['suggestions'],
    queryFn: () => getJson('/api/v1/suggestions', z.array(suggestionSchema)),
  });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const handle = async (s: Suggestion, status: 'accepted' | 'rejected') => {
    await patch(`/api/v1/suggestions/${s.id}`, { status, response: answers[s.id] ?? '' });
    setDone(t(`wegwijzer.manage.suggestionDone.${status}`, { name: s.targetName }));
    await client.invalidateQueries({ queryKey: ['suggestions'] });
  };
  return (
    <section aria-labelledby="suggestions">
      <Heading level={2} id="suggestions">
        {t('wegwijzer.manage.suggestions')}
      </Heading>
      {done && <StatusMessage>{done}</StatusMessage>}
      <QueryState query={queue}>
        {(list) => {
          const open = list.filter((s) => s.status === 'open');
          return open.length === 0 ? (
            <Paragraph>{t('wegwijzer.manage.noSuggestions')}</Paragraph>
          ) : (
            <ul className="ww-cards">
              {open.map((s) => (
                <li key={s.id} className="ww-card">
                  <Heading level={3} className="ww-heading-small">
                    {s.targetType === 'intervention' || s.targetType === 'offer' ? (
                      <RouterLink
                        to={
                          s.targetType === 'offer'
                            ? `/wegwijzer/aanbod/${s.targetId}`
                            : `/wegwijzer/interventie/${s.targetId}`
                        }
                      >
                        {s.targetName}
                      </RouterLink>
                    ) : (
                      s.targetName
                    )}
                  </Heading>
                  <Paragraph>“{s.message}”</Paragraph>
                  <Paragraph className="ww-muted">
                    {s.createdBy} · {formatDate(s.createdAt, i18n.language)}
                  </Paragraph>
                  <TextField
                    idPrefix={`sug-${s.id.slice(0, 8)}-`}
                    name="response"
                    label={t('wegwijzer.manage.response')}
                    value={answers[s.id] ?? ''}
                    onChange={(v) => setAnswers({ ...answers, [s.id]: v })}
                  />
                  <ButtonGroup>
                    <Button
                      appearance="primary-action-button"
                      onClick={() => void handle(s, 'accepted')}
                    >
                      {t('wegwijzer.manage.accept')}
                    </Button>
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => void handle(s, 'rejected')}
                    >
                      {t('wegwijzer.manage.reject')}
                    </Button>
                  </ButtonGroup>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}

function OwnOffers() {
  const { t, i18n } = useTranslation();
  const offers = useQuery({
    queryKey: ['offer', 'own'],
    queryFn: () => getJson('/api/v1/catalogue/offers', ownOffers),
  });
  return (
    <section aria-labelledby="own-offers">
      <Heading level={2} id="own-offers">
        {t('wegwijzer.manage.offers')}
      </Heading>
      <Paragraph>{t('wegwijzer.manage.offersIntro')}</Paragraph>
      <QueryState query={offers}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('wegwijzer.manage.noOffers')}</Paragraph>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">
                    {t('wegwijzer.manage.intervention')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wegwijzer.offer.gemeenten')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wegwijzer.offer.contact')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wegwijzer.manage.lastChecked')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>
                      <RouterLink to={`/wegwijzer/aanbod/${o.id}`}>{o.interventionName}</RouterLink>
                      {o.archived && ` (${t('wegwijzer.manage.archived')})`}
                    </TableCell>
                    <TableCell>
                      {o.gemeenten.map((g) => g.name).join(', ')}
                      {o.wijk ? ` — ${o.wijk}` : ''}
                    </TableCell>
                    <TableCell>{o.contact?.name ?? '—'}</TableCell>
                    <TableCell>
                      {o.lastCheckedAt
                        ? formatDate(o.lastCheckedAt, i18n.language)
                        : t('wegwijzer.entry.notChecked')}
                      {o.stale && (
                        <strong className="ww-flag"> {t('wegwijzer.offer.stale')}</strong>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </QueryState>
      <Paragraph>{t('wegwijzer.manage.addOfferHint')}</Paragraph>
    </section>
  );
}

function OwnLocalItems() {
  const { t } = useTranslation();
  const items = useQuery({
    queryKey: ['local-items'],
    queryFn: () => getJson('/api/v1/catalogue/local', z.array(localItemSummarySchema)),
  });
  return (
    <section aria-labelledby="local-items">
      <Heading level={2} id="local-items">
        {t('wegwijzer.manage.localItems')}
      </Heading>
      <Paragraph>{t('wegwijzer.manage.localItemsIntro')}</Paragraph>
      <QueryState query={items}>
        {(list) => (
          <ul className="ww-links">
            {list.map((i) => (
              <li key={i.id}>
                <RouterLink to={`/wegwijzer/lokaal/${i.id}`}>{i.name}</RouterLink>
                {i.archived && ` (${t('wegwijzer.manage.archived')})`}
                {i.stale && <strong className="ww-flag"> {t('wegwijzer.offer.stale')}</strong>}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <Paragraph>
        <RouterLink to="/wegwijzer/lokaal/nieuw">{t('wegwijzer.manage.newLocalItem')}</RouterLink>
      </Paragraph>
    </section>
  );
}

function OwnSpecialists() {
  const { t } = useTranslation();
  const people = useQuery({
    queryKey: ['specialists', 'own'],
    queryFn: () => getJson('/api/v1/specialists?own=true', z.array(specialistSchema)),
  });
  return (
    <section aria-labelledby="specialists-title" id="specialists">
      <Heading level={2} id="specialists-title">
        {t('wegwijzer.manage.specialists')}
      </Heading>
      <QueryState query={people}>
        {(list) => (
          <ul className="ww-cards">
            {list.map((s) => (
              <SpecialistCard key={s.id} specialist={s} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

/** One of the organisation's specialists, with its steps; editing it shows its form and history. */
function SpecialistCard({ specialist: s }: { specialist: Specialist }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const path = `/api/v1/specialists/${s.id}`;
  const steps = useEntrySteps(path, [['specialists'], ['stale']]);
  return (
    <li className="ww-card">
      <Heading level={3} className="ww-heading-small">
        {s.name}
      </Heading>
      <Paragraph>
        {s.function}
        {s.archived && ` (${t('wegwijzer.manage.archived')})`}
        {s.stale && <strong className="ww-flag"> {t('wegwijzer.offer.stale')}</strong>}
      </Paragraph>
      <StepOutcome steps={steps} />
      <ButtonGroup>
        <Button
          appearance="subtle-button"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
        >
          {t('wegwijzer.manage.editPerson', { name: s.name })}
        </Button>
        <EntryStepButtons steps={steps} archived={s.archived} name={s.name} />
      </ButtonGroup>
      {editing && (
        <>
          <SpecialistForm specialist={s} onDone={() => setEditing(false)} />
          <History path={`${path}/history`} level={3} id={`history-${s.id.slice(0, 8)}`} />
        </>
      )}
    </li>
  );
}
