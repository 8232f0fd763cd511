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
  const deck = useDeck('praatkleurplaat');
  const colouring = useColouring();
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
          <Palette colour={colouring.colour} onChoose={colouring.setColour} />
          <Canvas colouring={colouring} />
        </div>
        {householdId ? (
          <KeepDrawing householdId={householdId} fills={colouring.fills} />
        ) : (
          <Paragraph>{t('kleurplaat.nothingStored')}</Paragraph>
        )}
        {deck.data && <Questions deck={deck.data} />}
      </div>
      <PrintSheet />
    </div>
  );
}

/** The chosen colour, the coloured regions and the sentence that tells what just happened. */
function useColouring() {
  const { t } = useTranslation();
  const [colour, setColour] = useState<ColourId>('rood');
  const [fills, setFills] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
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
  return { colour, setColour, fills, status, colourRegion, reset };
}

function Palette({ colour, onChoose }: { colour: ColourId; onChoose: (c: ColourId) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="ww-kp-palette">
      <legend>{t('kleurplaat.palette')}</legend>
      {PALETTE.map((c) => (
        <label key={c.id} className="ww-kp-swatch">
          <input
            type="radio"
            name="kleur"
            value={c.id}
            checked={colour === c.id}
            onChange={() => onChoose(c.id)}
          />
          <span className="ww-kp-chip" style={{ background: c.hex }} aria-hidden="true" />
          {t(`kleurplaat.colour.${c.id}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The drawing to colour, what happened last, and ways to start over, print or download. */
function Canvas({ colouring }: { colouring: ReturnType<typeof useColouring> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { fills, status, colourRegion, reset } = colouring;
  return (
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
        <a href={`/api/v1/kleurplaat/pdf?lang=${lang}`} download>
          {t('kleurplaat.pdf')}
        </a>
      </p>
    </div>
  );
}

/** Printed instead of the screen: an empty drawing with a line for the child's name. */
function PrintSheet() {
  const { t } = useTranslation();
  return (
    <div className="ww-kp-print" aria-hidden="true">
      <p className="ww-kp-print-head">
        <strong>{t('kleurplaat.title')}</strong>
        <span>{t('kleurplaat.pdfText.name')} ____________________</span>
      </p>
      <Drawing fills={{}} label={t('kleurplaat.drawingLabel')} className="ww-kp-print-drawing" />
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
