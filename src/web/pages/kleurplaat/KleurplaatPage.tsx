import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { PALETTE, type ColourId } from '../../../domain/kleurplaat/drawing';
import { useDeck, type DeckDetail } from '../../api/cards';
import { PageTitle } from '../../components/PageTitle';
import { useLanguage } from '../../hooks/useLanguage';
import { Drawing } from './Drawing';
import { KeepDrawing } from './KeepDrawing';
import './kleurplaat.css';

/**
 * The praatkleurplaat: a child colours the drawing by touch, mouse or keyboard while the worker
 * asks the questions. Nothing is stored, unless the page was opened from a household and the worker
 * keeps the drawing with one of its children (only with the household's consent).
 */
export function KleurplaatPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const householdId = params.get('huishouden');
  const [colour, setColour] = useState<ColourId>('rood');
  const [fills, setFills] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const deck = useDeck('praatkleurplaat');

  const colourRegion = (regionId: string) => {
    setFills((f) => {
      const next = { ...f };
      if (colour === 'wit') delete next[regionId];
      else next[regionId] = colour;
      return next;
    });
    setStatus(
      t('kleurplaat.status', {
        region: t(`kleurplaat.region.${regionId}`),
        colour: t(`kleurplaat.colour.${colour}`),
      }),
    );
  };
  const reset = () => {
    setFills({});
    setStatus(t('kleurplaat.resetDone'));
  };

  return (
    <div className="ww-kp">
      <PageTitle title={t('kleurplaat.title')} />
      <div className="ww-kp-screen">
        <p>
          <RouterLink to="/kaarten">{t('kaarten.allDecks')}</RouterLink>
        </p>
        <Heading level={1}>{t('kleurplaat.title')}</Heading>
        <Paragraph lead>{t('kleurplaat.intro')}</Paragraph>
        <Paragraph>{t('kleurplaat.howTo')}</Paragraph>
        <div className="ww-kp-board">
          <fieldset className="ww-kp-palette">
            <legend>{t('kleurplaat.palette')}</legend>
            {PALETTE.map((c) => (
              <label key={c.id} className="ww-kp-swatch">
                <input
                  type="radio"
                  name="kleur"
                  value={c.id}
                  checked={colour === c.id}
                  onChange={() => setColour(c.id)}
                />
                <span className="ww-kp-chip" style={{ background: c.hex }} aria-hidden="true" />
                {t(`kleurplaat.colour.${c.id}`)}
              </label>
            ))}
          </fieldset>
          <div className="ww-kp-canvas">
            <Drawing fills={fills} onColour={colourRegion} label={t('kleurplaat.drawingLabel')} />
            <p role="status" className="ww-kp-status">
              {status || t('kleurplaat.coloured', { count: Object.keys(fills).length })}
            </p>
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={reset}>
                {t('kleurplaat.reset')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => window.print()}>
                {t('kleurplaat.print')}
              </Button>
            </ButtonGroup>
            <p>
              <a href={`/api/v1/kleurplaat/pdf?lang=${useLanguage()}`} download>
                {t('kleurplaat.pdf')}
              </a>
            </p>
          </div>
        </div>
        {householdId ? (
          <KeepDrawing householdId={householdId} fills={fills} />
        ) : (
          <Paragraph>{t('kleurplaat.nothingStored')}</Paragraph>
        )}
        {deck.data && <Questions deck={deck.data} />}
      </div>
      <div className="ww-kp-print" aria-hidden="true">
        <p className="ww-kp-print-head">
          <strong>{t('kleurplaat.title')}</strong>
          <span>{t('kleurplaat.pdfText.name')} ____________________</span>
        </p>
        <Drawing fills={{}} label={t('kleurplaat.drawingLabel')} className="ww-kp-print-drawing" />
      </div>
    </div>
  );
}

function Questions({ deck }: { deck: DeckDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-labelledby="kp-questions">
      <Heading level={2} id="kp-questions">
        {t('kleurplaat.questions')}
      </Heading>
      <Paragraph>{t('kleurplaat.questionsIntro')}</Paragraph>
      <div className="ww-kp-questions">
        {deck.categories.map((category) => (
          <section key={category.id} aria-labelledby={`kp-area-${category.id}`}>
            <Heading level={3} id={`kp-area-${category.id}`}>
              {category.title[lang]}
            </Heading>
            <ul>
              {deck.cards
                .filter((c) => c.category === category.id)
                .map((c) => (
                  <li key={c.id}>{c.front[lang]}</li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
