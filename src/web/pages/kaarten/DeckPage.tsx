import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useDeck, type DeckCard, type DeckDetail } from '../../api/cards';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../hooks/useLanguage';
import { CapitalTags, CardBack } from './CardFace';
import './kaarten.css';

/** Cards in groups: per category when the deck has them, else per card type, in deck order. */
function groups(deck: DeckDetail, typeName: (type: string) => string, lang: 'nl' | 'en') {
  const result: { key: string; title: string; cards: DeckCard[] }[] = [];
  for (const card of deck.cards) {
    const category = deck.categories.find((c) => c.id === card.category);
    const key = category?.id ?? card.type;
    let group = result.find((g) => g.key === key);
    if (!group) {
      group = { key, title: category ? category.title[lang] : typeName(card.type), cards: [] };
      result.push(group);
    }
    group.cards.push(card);
  }
  return result;
}

/** One deck: every card with its front and back, a link to the one-at-a-time mode and the PDF. */
export function DeckPage() {
  const { deckId = '' } = useParams();
  const deck = useDeck(deckId);
  return <QueryState query={deck}>{(d) => <Deck deck={d} />}</QueryState>;
}

function Deck({ deck }: { deck: DeckDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const typeName = (type: string) => t(`kaarten.type.${type}`);
  return (
    <>
      <PageTitle title={deck.title[lang]} />
      <p>
        <RouterLink to="/kaarten">{t('kaarten.allDecks')}</RouterLink>
      </p>
      <Heading level={1}>{deck.title[lang]}</Heading>
      <Paragraph lead>{deck.intro[lang]}</Paragraph>
      <ul className="ww-deck-actions">
        {deck.id === 'praatkleurplaat' && (
          <li>
            <RouterLink to="/kaarten/kleurplaat" className="ww-deck-primary">
              {t('kleurplaat.nav')}
            </RouterLink>
          </li>
        )}
        <li>
          <RouterLink to={`/kaarten/${deck.id}/een-voor-een`} className="ww-deck-primary">
            {t('kaarten.oneByOne')}
          </RouterLink>
        </li>
        <li>
          <a href={`/api/v1/decks/${deck.id}/pdf?lang=${lang}`} download>
            {t('kaarten.print')}
          </a>{' '}
          <span className="ww-deck-hint">{t('kaarten.printHint')}</span>
        </li>
      </ul>
      {groups(deck, typeName, lang).map((group) => (
        <section key={group.key} aria-labelledby={`g-${group.key}`}>
          <Heading level={2} id={`g-${group.key}`}>
            {group.title}
          </Heading>
          <ul className="ww-deck-grid">
            {group.cards.map((card, i) => (
              <li key={card.id} id={`kaart-${card.id}`} className="ww-deck-card">
                <article aria-labelledby={`k-${card.id}`}>
                  <Heading level={3} id={`k-${card.id}`} className="ww-deck-type">
                    {typeName(card.type)} {i + 1}
                  </Heading>
                  <Paragraph className="ww-deck-front">{card.front[lang]}</Paragraph>
                  <CapitalTags card={card} />
                  {(card.back || card.interventions.length > 0) && (
                    <div className="ww-deck-back">
                      <p className="ww-deck-type">{t('kaarten.back')}</p>
                      <CardBack card={card} />
                    </div>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
