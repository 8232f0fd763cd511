import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useCapitals } from '../../api/catalogue';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { NotFoundPage } from '../NotFoundPage';
import { WegwijzerNav } from './WegwijzerNav';

/** Paragraphs of a YAML block text, separated by blank lines. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <Paragraph key={p}>{p}</Paragraph>
        ))}
    </>
  );
}

export function CapitalPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const capitals = useCapitals();
  return (
    <>
      <WegwijzerNav />
      <QueryState query={capitals}>
        {(data) => {
          const capital = data.capitals.find((c) => c.id === id);
          if (!capital) return <NotFoundPage />;
          const name = (cid: string) => data.capitals.find((c) => c.id === cid)?.name ?? cid;
          const interactions = data.interactions.filter(
            (i) => i.from === capital.id || i.to === capital.id,
          );
          const signals = (type: string) => capital.signals.filter((s) => s.type === type);
          const bbl = capital.bonding_bridging_linking;
          return (
            <>
              <PageTitle title={capital.name} />
              <Heading level={1}>{capital.name}</Heading>
              <Paragraph lead>{capital.in_short}</Paragraph>
              <Heading level={2}>{t('wegwijzer.capital.definition')}</Heading>
              <Paragraphs text={capital.definition} />
              <Heading level={2}>{t('wegwijzer.capital.why')}</Heading>
              <Paragraphs text={capital.why_it_matters} />
              <Heading level={2}>{t('wegwijzer.capital.strengthen')}</Heading>
              <UnorderedList>
                {capital.how_to_strengthen.map((s) => (
                  <UnorderedListItem key={s}>{s}</UnorderedListItem>
                ))}
              </UnorderedList>
              <Heading level={2}>{t('wegwijzer.capital.signals')}</Heading>
              <Paragraph>{t('wegwijzer.capital.signalsIntro')}</Paragraph>
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
              {bbl && (
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
              )}
              {interactions.length > 0 && (
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
              )}
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
              <Paragraph>
                <RouterLink to={`/wegwijzer/zoeken?kapitaal=${capital.id}`}>
                  {t('wegwijzer.capital.all', { name: capital.name })}
                </RouterLink>
              </Paragraph>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
