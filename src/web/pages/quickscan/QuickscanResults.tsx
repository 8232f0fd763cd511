import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { QuickscanInstrumentView, QuickscanMineView } from '../../../contract/quickscan';
import { useLanguage } from '../../hooks/useLanguage';

type Part = QuickscanInstrumentView['parts'][number];

/** One decimal in the reader's language (3,5 / 3.5); a dash when there is no score. */
export function useScore() {
  const { t, i18n } = useTranslation();
  return (value: number | null, signed = false) =>
    value === null
      ? t('quickscan.noScore')
      : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
          signDisplay: signed ? 'exceptZero' : 'auto',
        }).format(value);
}

/** The decks and learning modules that help with a part. */
export function PartHelp({ part }: { part: Part }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <UnorderedList>
      {part.help.learning.map((m) => (
        <UnorderedListItem key={m.id}>
          <RouterLink to={m.path}>
            {t('quickscan.learningModule', { title: t(`quickscan.learning.${m.id}`) })}
          </RouterLink>
        </UnorderedListItem>
      ))}
      {part.help.decks.map((d) => (
        <UnorderedListItem key={d.id}>
          <RouterLink to={`/kaarten/${d.id}`}>
            {t('quickscan.deck', { title: d.title[lang] })}
          </RouterLink>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** Your scores of this year per part, last year's next to them, and what helps where you are low. */
export function QuickscanResults({
  instrument,
  mine,
}: {
  instrument: QuickscanInstrumentView;
  mine: QuickscanMineView & { current: NonNullable<QuickscanMineView['current']> };
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const score = useScore();
  const growth = new Map(mine.growth?.parts.map((g) => [g.partId, g]));
  const low = instrument.parts.filter(
    (p) => mine.current.parts.find((s) => s.partId === p.id)?.low,
  );
  return (
    <section aria-labelledby="quickscan-results">
      <Heading level={2} id="quickscan-results" tabIndex={-1}>
        {t('quickscan.resultsTitle', { year: mine.year })}
      </Heading>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('quickscan.part')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('quickscan.score')}</TableHeaderCell>
            {mine.growth && (
              <>
                <TableHeaderCell scope="col">{mine.growth.previousYear}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('quickscan.change')}</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {instrument.parts.map((part) => {
            const s = mine.current.parts.find((p) => p.partId === part.id);
            const g = growth.get(part.id);
            return (
              <TableRow key={part.id}>
                <TableHeaderCell scope="row">{part.title[lang]}</TableHeaderCell>
                <TableCell>
                  {score(s?.mean ?? null)} ({s?.low ? t('quickscan.low') : t('quickscan.fine')})
                </TableCell>
                {mine.growth && (
                  <>
                    <TableCell>{score(g?.previous ?? null)}</TableCell>
                    <TableCell>{score(g?.change ?? null, true)}</TableCell>
                  </>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {!mine.growth && <Paragraph>{t('quickscan.growthNone')}</Paragraph>}
      {low.length === 0 && <Paragraph>{t('quickscan.helpNone')}</Paragraph>}
      {low.map((part) => (
        <div key={part.id}>
          <Heading level={3}>{t('quickscan.helpTitle', { part: part.title[lang] })}</Heading>
          <PartHelp part={part} />
        </div>
      ))}
    </section>
  );
}
