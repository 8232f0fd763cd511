import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useIntervention, useLabel, type LocalOfferView } from '../../api/catalogue';
import { post } from '../../api/client';
import { useMe } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormErrors } from '../../hooks/useFormErrors';
import { Paragraphs } from './CapitalPage';
import { formatDate } from './format';
import { useCheckedLine } from './VersionedEntry';
import { WegwijzerNav } from './WegwijzerNav';

export function InterventionPage() {
  const { id = '' } = useParams();
  const detail = useIntervention(id);
  return (
    <>
      <WegwijzerNav />
      <QueryState query={detail}>{(d) => <Intervention detail={d} />}</QueryState>
    </>
  );
}

function Intervention({
  detail,
}: {
  detail: NonNullable<ReturnType<typeof useIntervention>['data']>;
}) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const checkedLine = useCheckedLine();
  const me = useMe();
  const { item } = detail;
  const editor = me.role === 'beleidsmedewerker' || me.role === 'beheerder';
  const ownsItem = item.organisationId === me.organisation.id;
  const list = (vocabulary: Parameters<typeof label>[0], ids: string[]) =>
    ids.map((x) => label(vocabulary, x)).join(', ') || '—';
  return (
    <article>
      <PageTitle title={item.name} />
      <Paragraph className="ww-kicker">
        {label('kinds', item.kind)} ·{' '}
        {item.origin === 'national'
          ? t('wegwijzer.item.national')
          : t('wegwijzer.item.localOf', { name: detail.owner?.name ?? '' })}
      </Paragraph>
      <Heading level={1}>{item.name}</Heading>
      {detail.archived && <Alert type="warning">{t('wegwijzer.item.archived')}</Alert>}
      <Paragraph lead>{item.summary}</Paragraph>
      <Paragraphs text={item.description} />

      <Heading level={2}>{t('wegwijzer.item.facts')}</Heading>
      <DataList className="ww-facts">
        <Fact
          label={t('wegwijzer.facets.capitalPrimary')}
          value={list('capitals', item.capitals.primary)}
        />
        {item.capitals.secondary.length > 0 && (
          <Fact
            label={t('wegwijzer.facets.capitalSecondary')}
            value={list('capitals', item.capitals.secondary)}
          />
        )}
        <Fact
          label={t('wegwijzer.facets.targetGroup')}
          value={list('target_groups', item.targetGroups)}
        />
        {item.ageRange && (
          <Fact
            label={t('wegwijzer.facets.age')}
            value={t('wegwijzer.item.ageRange', item.ageRange)}
          />
        )}
        <Fact label={t('wegwijzer.facets.phase')} value={list('phases', item.phases)} />
        {item.povertyTypes.length > 0 && (
          <Fact
            label={t('wegwijzer.facets.povertyType')}
            value={list('poverty_types', item.povertyTypes)}
          />
        )}
        {item.lifeEvents.length > 0 && (
          <Fact
            label={t('wegwijzer.facets.lifeEvent')}
            value={list('life_events', item.lifeEvents)}
          />
        )}
        <Fact label={t('wegwijzer.item.domains')} value={list('domains', item.domains)} />
        {item.providers.length > 0 && (
          <Fact label={t('wegwijzer.item.providers')} value={item.providers.join(', ')} />
        )}
      </DataList>

      {item.workingElements.length > 0 && (
        <>
          <Heading level={2}>{t('wegwijzer.item.workingElements')}</Heading>
          <UnorderedList>
            {item.workingElements.map((w) => (
              <UnorderedListItem key={w}>{w}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <Heading level={2}>{t('wegwijzer.item.evidence')}</Heading>
      <Paragraph>
        <strong>{label('evidence_levels', item.evidence.level)}</strong> — {item.evidence.source} (
        {item.evidence.asOf})
      </Paragraph>
      {item.evidence.note && <Paragraph>{item.evidence.note}</Paragraph>}
      {item.links.length > 0 && (
        <UnorderedList>
          {item.links.map((l) => (
            <UnorderedListItem key={l}>
              <Link href={l} rel="noopener noreferrer" external>
                {l}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph className="ww-muted">
        {item.origin === 'national'
          ? t('wegwijzer.item.reviewed', { date: formatDate(item.lastReviewed, i18n.language) })
          : checkedLine(detail.lastCheckedAt, detail.lastCheckedBy)}
        {detail.stale && ` ${t('wegwijzer.item.staleNote')}`}
      </Paragraph>
      {ownsItem && editor && (
        <Paragraph>
          <RouterLink to={`/wegwijzer/lokaal/${item.id}`}>
            {t('wegwijzer.item.editLocal')}
          </RouterLink>
        </Paragraph>
      )}

      <Heading level={2} id="offers">
        {t('wegwijzer.item.offers', { count: detail.offers.length })}
      </Heading>
      {detail.offers.length === 0 && <Paragraph>{t('wegwijzer.item.noOffers')}</Paragraph>}
      <ul className="ww-offers">
        {detail.offers.map((o) => (
          <li key={o.id}>
            <Offer offer={o} canEdit={editor && o.organisationId === me.organisation.id} />
          </li>
        ))}
      </ul>
      {editor && !detail.archived && (
        <Paragraph>
          <RouterLink to={`/wegwijzer/aanbod/nieuw?interventie=${encodeURIComponent(item.id)}`}>
            {t('wegwijzer.item.addOffer')}
          </RouterLink>
        </Paragraph>
      )}
      <Suggest targetType="intervention" targetId={item.id} />
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue value={value}>{value}</DataListValue>
    </DataListItem>
  );
}

export function Offer({ offer, canEdit }: { offer: LocalOfferView; canEdit: boolean }) {
  const { t } = useTranslation();
  const checkedLine = useCheckedLine();
  return (
    <section
      className="ww-offer"
      aria-label={t('wegwijzer.offer.label', { name: offer.organisationName })}
    >
      <Heading level={3}>{offer.organisationName}</Heading>
      <Paragraph>
        {offer.gemeenten.map((g) => g.name).join(', ')}
        {offer.wijk ? ` — ${offer.wijk}` : ''}
      </Paragraph>
      {offer.howToRefer && (
        <Paragraph>
          <strong>{t('wegwijzer.offer.howToRefer')}:</strong> {offer.howToRefer}
        </Paragraph>
      )}
      {offer.costs && (
        <Paragraph>
          <strong>{t('wegwijzer.offer.costs')}:</strong> {offer.costs}
        </Paragraph>
      )}
      {offer.contact && (
        <Paragraph>
          <strong>{t('wegwijzer.offer.contact')}:</strong>{' '}
          {offer.contact.name ?? t('wegwijzer.offer.contactPoint')}
          {offer.contact.function ? `, ${offer.contact.function}` : ''}
          {offer.contact.phone && (
            <>
              {' · '}
              <Link href={`tel:${offer.contact.phone.replace(/[^\d+]/g, '')}`}>
                {offer.contact.phone}
              </Link>
            </>
          )}
          {offer.contact.email && (
            <>
              {' · '}
              <Link href={`mailto:${offer.contact.email}`}>{offer.contact.email}</Link>
            </>
          )}
        </Paragraph>
      )}
      <Paragraph className="ww-muted">
        {checkedLine(offer.lastCheckedAt, offer.lastCheckedBy)}
        {offer.stale && <strong className="ww-flag"> {t('wegwijzer.offer.stale')}</strong>}
      </Paragraph>
      {canEdit ? (
        <Paragraph>
          <RouterLink to={`/wegwijzer/aanbod/${offer.id}`}>
            {t('wegwijzer.offer.edit', { name: offer.organisationName })}
          </RouterLink>
        </Paragraph>
      ) : (
        <Suggest targetType="offer" targetId={offer.id} compact label={offer.organisationName} />
      )}
    </section>
  );
}

/** A colleague's correction suggestion; it lands in the review queue of whoever keeps the entry. */
export function Suggest({
  targetType,
  targetId,
  compact = false,
  label,
}: {
  targetType: 'intervention' | 'offer' | 'specialist';
  targetId: string;
  /** Without a heading, for use inside a card. */
  compact?: boolean;
  /** What the suggestion is about, for the accessible name of the button in a list of cards. */
  label?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, fromError, clear, summaryRef } = useFormErrors();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await post('/api/v1/suggestions', { targetType, targetId, message });
      clear();
      setSent(true);
      setOpen(false);
      setMessage('');
    } catch (error) {
      fromError(error);
    }
  };
  return (
    <section aria-label={t('wegwijzer.suggest.title')} className="ww-no-print">
      {!compact && <Heading level={2}>{t('wegwijzer.suggest.title')}</Heading>}
      {sent && <StatusMessage>{t('wegwijzer.suggest.sent')}</StatusMessage>}
      {!open ? (
        <Button
          appearance={compact ? 'subtle-button' : 'secondary-action-button'}
          onClick={() => setOpen(true)}
          aria-expanded={false}
        >
          {label ? t('wegwijzer.suggest.openFor', { name: label }) : t('wegwijzer.suggest.open')}
        </Button>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate className="ww-form">
          <ErrorSummary
            errors={errors}
            summaryRef={summaryRef}
            idPrefix={`${targetId}-`}
            labels={{ message: t('wegwijzer.suggest.message') }}
          />
          <TextAreaField
            idPrefix={`${targetId}-`}
            name="message"
            label={t('wegwijzer.suggest.message')}
            description={t('wegwijzer.suggest.hint')}
            value={message}
            onChange={setMessage}
            error={errors.fields.message}
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit">
              {t('wegwijzer.suggest.send')}
            </Button>
            <Button appearance="subtle-button" type="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
