import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { CapitalsView } from '../../../contract/catalogue';

export type Capital = CapitalsView['capitals'][number];

/** The signals of a capital, grouped by type: what to ask, what to observe, what to look around. */
export function CapitalSignals({ capital }: { capital: Capital }) {
  const { t } = useTranslation();
  const signals = (type: string) => capital.signals.filter((s) => s.type === type);
  return (
    <>
      {(['ask', 'observe', 'context'] as const).map((type) =>
        signals(type).length ? (
          <section key={type} aria-labelledby={`signals-${type}`}>
            <Heading level={3} id={`signals-${type}`}>
              {t(`wegwijzer.capital.signalTypes.${type}`)}
            </Heading>
            <UnorderedList>
              {signals(type).map((s) => (
                <UnorderedListItem key={s.text}>{s.text}</UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
        ) : null,
      )}
    </>
  );
}

/** Bonding, bridging and linking ties of a capital, when the content describes them. */
export function CapitalTies({ capital }: { capital: Capital }) {
  const { t } = useTranslation();
  const bbl = capital.bonding_bridging_linking;
  if (!bbl) return null;
  return (
    <>
      <Heading level={2}>{t('wegwijzer.capital.bbl')}</Heading>
      <dl className="ww-deflist">
        {(['bonding', 'bridging', 'linking'] as const).map((k) =>
          bbl[k] ? (
            <div key={k}>
              <dt>{t(`wegwijzer.capital.${k}`)}</dt>
              <dd>{bbl[k]}</dd>
            </div>
          ) : null,
        )}
      </dl>
    </>
  );
}

/** How this capital strengthens or compensates others (and they it), when any is known. */
export function CapitalInteractions({ capital, data }: { capital: Capital; data: CapitalsView }) {
  const { t } = useTranslation();
  const name = (cid: string) => data.capitals.find((c) => c.id === cid)?.name ?? cid;
  const interactions = data.interactions.filter(
    (i) => i.from === capital.id || i.to === capital.id,
  );
  if (interactions.length === 0) return null;
  return (
    <>
      <Heading level={2}>{t('wegwijzer.capital.interactions')}</Heading>
      <UnorderedList>
        {interactions.map((i) => (
          <UnorderedListItem key={`${i.from}-${i.to}-${i.kind}`}>
            <strong>
              {t(`wegwijzer.capital.interaction.${i.kind}`, {
                from: name(i.from),
                to: name(i.to),
              })}
            </strong>{' '}
            {i.text}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

/** Links to the example interventions of a capital, each with its summary. */
export function CapitalExamples({ capital, data }: { capital: Capital; data: CapitalsView }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={2}>{t('wegwijzer.capital.examples')}</Heading>
      <UnorderedList>
        {capital.example_interventions.map((eid) => (
          <UnorderedListItem key={eid}>
            <RouterLink to={`/wegwijzer/interventie/${eid}`}>
              {data.examples[eid]?.name ?? eid}
            </RouterLink>
            {data.examples[eid]?.summary ? ` — ${data.examples[eid]!.summary}` : ''}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
