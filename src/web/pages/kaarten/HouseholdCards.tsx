import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { suggestCards, weakestCapitals, type CapitalScore } from '../../../domain/cards';
import { useLabel } from '../../api/catalogue';
import { useAllDecks } from '../../api/cards';
import { useLanguage } from '../../hooks/useLanguage';
import './kaarten.css';

/** How many cards the household page offers; the rest are one click away. */
const SHOWN = 4;

/** On a household's profile: the conversation cards about its weakest capitals, first. */
export function HouseholdCards({ capitals }: { capitals: readonly CapitalScore[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useLabel();
  const weak = weakestCapitals(capitals);
  const decks = useAllDecks(weak.length > 0);
  const suggested = decks.data ? suggestCards(decks.data, capitals, SHOWN) : [];
  const titles = new Map((decks.data ?? []).map((d) => [d.id, d.title[lang]]));
  return (
    <section aria-labelledby="hh-cards" className="ww-hh-section">
      <Heading level={2} id="hh-cards">
        {t('kaarten.household.title')}
      </Heading>
      {weak.length === 0 ? (
        <Paragraph>{t('kaarten.household.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('kaarten.household.intro', {
              capitals: weak.map((c) => label('capitals', c)).join(', '),
            })}
          </Paragraph>
          <ul className="ww-deck-links">
            {suggested.map(({ deckId, card }) => (
              <li key={`${deckId}/${card.id}`}>
                <RouterLink to={`/kaarten/${deckId}#kaart-${card.id}`}>
                  {card.front[lang]}
                </RouterLink>{' '}
                <span className="ww-deck-hint">
                  ({titles.get(deckId)}, {t(`kaarten.type.${card.type}`)})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Paragraph>
        <RouterLink to="/kaarten">{t('kaarten.household.more')}</RouterLink>
      </Paragraph>
    </section>
  );
}
