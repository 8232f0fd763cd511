import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { CapitalsView } from '../../../contract/catalogue';
import { useCapitals } from '../../api/catalogue';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { NotFoundPage } from '../NotFoundPage';
import {
  CapitalExamples,
  CapitalInteractions,
  CapitalSignals,
  CapitalTies,
  type Capital,
} from './CapitalSections';
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
  const { id } = useParams();
  const capitals = useCapitals();
  return (
    <>
      <WegwijzerNav />
      <QueryState query={capitals}>
        {(data) => {
          const capital = data.capitals.find((c) => c.id === id);
          if (!capital) return <NotFoundPage />;
          return <CapitalDetail capital={capital} data={data} />;
        }}
      </QueryState>
    </>
  );
}

function CapitalDetail({ capital, data }: { capital: Capital; data: CapitalsView }) {
  const { t } = useTranslation();
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
      <CapitalSignals capital={capital} />
      <CapitalTies capital={capital} />
      <CapitalInteractions capital={capital} data={data} />
      <CapitalExamples capital={capital} data={data} />
      <Paragraph>
        <RouterLink to={`/wegwijzer/zoeken?kapitaal=${capital.id}`}>
          {t('wegwijzer.capital.all', { name: capital.name })}
        </RouterLink>
      </Paragraph>
    </>
  );
}
