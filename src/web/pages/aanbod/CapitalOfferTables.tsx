import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Aanbod, OfferDecisionData } from '../../../contract/aanbod';
import { useLanguage } from '../../hooks/useLanguage';

type CapitalOffer = Aanbod['capitals'][number];
type Line = CapitalOffer['interventions'][number];

/** The decision in a cell: what, where it stands, and a link to follow or change it. */
function DecisionCell({ decision, name }: { decision: OfferDecisionData | null; name: string }) {
  const { t } = useTranslation();
  if (!decision) return <TableCell>{t('aanbod.noDecision')}</TableCell>;
  return (
    <TableCell>
      <RouterLink to={`/rapportage/aanbod/besluit/${decision.id}`}>
        {t(`aanbod.decision.${decision.decision}`)}
        <span className="ww-visually-hidden"> {t('aanbod.openDecision', { name })}</span>
      </RouterLink>
      {' · '}
      {t(`aanbod.status.${decision.status}`)}
      <br />
      <span className="ww-aanbod__reason">{decision.reason}</span>
    </TableCell>
  );
}

function useOutcomeText() {
  const { t, i18n } = useTranslation();
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  const hidden = t('rapportage.outcomes.hidden');
  return (line: Line) => {
    const o = line.outcome;
    if (!o) return t('aanbod.noOutcome');
    if (o.n.value === null) return t('aanbod.outcomeHidden');
    const improved = o.improved.value === null ? hidden : number(o.improved.value);
    return t('aanbod.outcome', {
      n: o.n.value,
      improved,
      median: o.distribution ? number(o.distribution.median) : hidden,
    });
  };
}

function useUsageText() {
  const { t } = useTranslation();
  return (line: Line) => {
    if (!line.use) return t('aanbod.notInUse');
    const parts = [];
    if (line.use.offers) parts.push(t('aanbod.useOffers', { count: line.use.offers }));
    if (line.use.inPlans) parts.push(t('aanbod.usePlans'));
    if (line.use.ownItem) parts.push(t('aanbod.useOwn'));
    return parts.join(', ');
  };
}

/** The capital's interventions and its policy options, each as a table with its decisions. */
export function CapitalOfferTables({
  offer,
  capitalName,
}: {
  offer: CapitalOffer;
  capitalName: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const outcomeText = useOutcomeText();
  const usageText = useUsageText();
  return (
    <>
      {offer.interventions.length === 0 ? (
        <Paragraph>{t('aanbod.noInterventions')}</Paragraph>
      ) : (
        <Table className="ww-aanbod__table">
          <TableCaption>{t('aanbod.interventionsCaption', { capital: capitalName })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('aanbod.col.intervention')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbod.col.use')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbod.col.evidence')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbod.col.outcome')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbod.col.decision')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {offer.interventions.map((line) => (
              <TableRow key={line.interventionId}>
                <TableHeaderCell scope="row">{line.name}</TableHeaderCell>
                <TableCell>{usageText(line)}</TableCell>
                <TableCell>
                  {line.evidence ? line.evidence.label[lang] : t('aanbod.noEvidence')}
                </TableCell>
                <TableCell>{outcomeText(line)}</TableCell>
                <DecisionCell decision={line.decision} name={line.name} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {offer.policyOptions.length > 0 && (
        <Table className="ww-aanbod__table">
          <TableCaption>{t('aanbod.policyCaption', { capital: capitalName })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('aanbod.col.policy')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbod.col.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbod.col.source')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbod.col.decision')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {offer.policyOptions.map((p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">{p.title[lang]}</TableHeaderCell>
                <TableCell>
                  {p.summary[lang]}
                  {p.partners && (
                    <>
                      <br />
                      {t('aanbod.partners', { partners: p.partners[lang] })}
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {p.sources
                    .map((s) => t('aanbod.sourceRef', { document: s.document, section: s.section }))
                    .join('; ')}
                </TableCell>
                <DecisionCell decision={p.decision} name={p.title[lang]} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
