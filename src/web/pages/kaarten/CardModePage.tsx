import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useDeck, type DeckDetail } from '../../api/cards';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { CapitalTags, CardBack } from './CardFace';
import './kaarten.css';

/** One card at a time, large and calm, for use with a household. Nothing is stored. */
export function CardModePage() {
  const { deckId = '' } = useParams();
  const deck = useDeck(deckId);
  return <QueryState query={deck}>{(d) => <CardMode deck={d} />}</QueryState>;
}

/** Which card is shown and which side; arrow keys move between cards from anywhere on the page. */
function useCardNavigation(total: number) {
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);

  const go = useCallback(
    (step: number) => {
      setIndex((i) => Math.min(total - 1, Math.max(0, i + step)));
      setFlipped(false);
    },
    [total],
  );

  // Arrow keys work anywhere on the page, except while typing in a field.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (e.key === 'ArrowRight') go(1);
      else if (e.key === 'ArrowLeft') go(-1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go]);
  return { index, flipped, setFlipped, go };
}

function CardMode({ deck }: { deck: DeckDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const total = deck.cards.length;
  const { index, flipped, setFlipped, go } = useCardNavigation(total);
  const card = deck.cards[index]!;

  // Enter on the card itself turns it over (the buttons handle Enter themselves).
  const onCardKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && e.target === e.currentTarget) {
      e.preventDefault();
      setFlipped((f) => !f);
    }
  };

  const title = t('kaarten.mode.title', { title: deck.title[lang] });
  return (
    <div className="ww-mode">
      <PageTitle title={title} />
      <Heading level={1}>{title}</Heading>
      <p className="ww-mode-help">
        {t('kaarten.mode.keys')} {t('kaarten.mode.nothingStored')}
      </p>
      <p className="ww-mode-position">
        {t('kaarten.mode.position', { current: index + 1, total })}
        {' · '}
        {t(`kaarten.type.${card.type}`)}
        {' · '}
        {flipped ? t('kaarten.back') : t('kaarten.front')}
      </p>
      <div
        className={`ww-mode-card${flipped ? ' ww-mode-card--back' : ''}`}
        tabIndex={0}
        role="group"
        aria-roledescription={t('kaarten.mode.cardRole')}
        aria-label={t('kaarten.mode.position', { current: index + 1, total })}
        onKeyDown={onCardKey}
        aria-live="polite"
      >
        {flipped ? (
          <CardBack card={card} />
        ) : (
          <>
            <Paragraph className="ww-mode-text">{card.front[lang]}</Paragraph>
            <CapitalTags card={card} />
          </>
        )}
      </div>
      <div className="ww-mode-buttons">
        <Button appearance="secondary-action-button" onClick={() => go(-1)} disabled={index === 0}>
          {t('kaarten.mode.previous')}
        </Button>
        <Button appearance="primary-action-button" onClick={() => setFlipped((f) => !f)}>
          {flipped ? t('kaarten.mode.flipBack') : t('kaarten.mode.flip')}
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={() => go(1)}
          disabled={index === total - 1}
        >
          {t('kaarten.mode.next')}
        </Button>
      </div>
      <p>
        <RouterLink to={`/kaarten/${deck.id}`}>{t('kaarten.mode.close')}</RouterLink>
      </p>
    </div>
  );
}
