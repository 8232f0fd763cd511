import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { useLabel } from '../../api/catalogue';
import type { DeckCard } from '../../api/cards';
import { useLanguage } from '../../hooks/useLanguage';

/** The capitals a card touches, as small named tags. */
export function CapitalTags({ card }: { card: DeckCard }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (card.capitals.length === 0) return null;
  return (
    <p className="ww-deck-tags">
      <span className="ww-deck-hidden">{t('kaarten.capitals')}: </span>
      {card.capitals.map((c) => (
        <span key={c} className={`ww-deck-tag ww-capital--${c}`}>
          {label('capitals', c)}
        </span>
      ))}
    </p>
  );
}

/** What the back of a card says: the text, the wegwijzer items it opens and its literature. */
export function CardBack({ card }: { card: DeckCard }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      {card.back ? (
        <Paragraph className="ww-deck-text">{card.back[lang]}</Paragraph>
      ) : (
        !card.interventions.length && <Paragraph>{t('kaarten.mode.noBack')}</Paragraph>
      )}
      {card.interventions.length > 0 && (
        <ul className="ww-deck-links">
          {card.interventions.map((i) => (
            <li key={i.id}>
              <RouterLink to={`/wegwijzer/interventie/${encodeURIComponent(i.id)}`}>
                {t('kaarten.openIntervention', { name: i.name })}
              </RouterLink>
            </li>
          ))}
        </ul>
      )}
      {card.sources.length > 0 && (
        <div className="ww-deck-sources">
          <p>{t('kaarten.sources')}</p>
          <ul>
            {card.sources.map((s) => (
              <li key={`${s.document}|${s.section}`}>
                <cite>{s.document}</cite> ({s.section})
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
