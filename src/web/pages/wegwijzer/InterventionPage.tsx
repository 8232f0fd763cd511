import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
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
import {
  InterventionEvidence,
  InterventionFacts,
  type InterventionDetail,
} from './InterventionSections';
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

function Intervention({ detail }: { detail: InterventionDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe();
  const { item } = detail;
  const editor = me.role === 'beleidsmedewerker' || me.role === 'beheerder';
  const ownsItem = item.organisationId === me.organisation.id;
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
      <InterventionFacts item={item} />

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

      <InterventionEvidence detail={detail} />
      {ownsItem && editor && (
        <Paragraph>
          <RouterLink to={`/wegwijzer/lokaal/${item.id}`}>
            {t('wegwijzer.item.editLocal')}
          </RouterLink>
        </Paragraph>
      )}
      <InterventionOffers detail={detail} editor={editor} />
      <Suggest targetType="intervention" targetId={item.id} />
    </article>
  );
}

/** The local offers of an intervention, and a link to add one for those who may. */
function InterventionOffers({ detail, editor }: { detail: InterventionDetail; editor: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
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
          <RouterLink
            to={`/wegwijzer/aanbod/nieuw?interventie=${encodeURIComponent(detail.item.id)}`}
          >
            {t('wegwijzer.item.addOffer')}
          </RouterLink>
        </Paragraph>
      )}
    </>
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
