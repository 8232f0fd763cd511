import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../wegwijzer/format';
import { Drawing } from './Drawing';
import { deleteDrawing, drawingKeys, useDrawings } from './kleurplaat-api';
import './kleurplaat.css';

/** On a household's page: its children's kept colouring pages and the way to a new one. */
export function HouseholdDrawings({ householdId }: { householdId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const drawings = useDrawings(householdId);
  // A drawing is removed only after a second, explicit click naming it.
  const [asking, setAsking] = useState<string | null>(null);
  const removing = useSave(
    (drawingId: string) => deleteDrawing(householdId, drawingId),
    () => client.invalidateQueries({ queryKey: drawingKeys.of(householdId) }),
  );
  return (
    <section aria-labelledby="hh-drawings" className="ww-hh-section">
      <Heading level={2} id="hh-drawings">
        {t('kleurplaat.household')}
      </Heading>
      <Paragraph>{t('kleurplaat.householdIntro')}</Paragraph>
      <Paragraph>
        <RouterLink to={`/kaarten/kleurplaat?huishouden=${encodeURIComponent(householdId)}`}>
          {t('kleurplaat.householdOpen')}
        </RouterLink>
      </Paragraph>
      <ErrorSummary errors={removing.errors} summaryRef={removing.summaryRef} labels={{}} />
      <QueryState query={drawings}>
        {(list) =>
          list.drawings.length === 0 ? (
            <Paragraph>{t('kleurplaat.keptNone')}</Paragraph>
          ) : (
            <ul className="ww-kp-kept">
              {list.drawings.map((d) => {
                const date = formatDate(d.createdAt, i18n.language);
                return (
                  <li key={d.id}>
                    <Drawing
                      fills={d.fills}
                      label={t('kleurplaat.thumbLabel', { child: d.childRef, date })}
                      className="ww-kp-thumb"
                    />
                    <Paragraph>{t('kleurplaat.savedOn', { child: d.childRef, date })}</Paragraph>
                    {d.note && <Paragraph>{d.note}</Paragraph>}
                    {asking === d.id ? (
                      <ButtonGroup>
                        <Button
                          appearance="primary-action-button"
                          onClick={() => removing.save(d.id)}
                        >
                          {t('kleurplaat.confirmDelete', { child: d.childRef, date })}
                        </Button>
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => setAsking(null)}
                        >
                          {t('kleurplaat.cancel')}
                        </Button>
                      </ButtonGroup>
                    ) : (
                      <Button appearance="secondary-action-button" onClick={() => setAsking(d.id)}>
                        {t('kleurplaat.delete')}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
