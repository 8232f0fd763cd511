import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { aanbodSchema, ORGANISATION_SCOPE } from '../../../contract/aanbod';
import { getJson } from '../../api/client';
import { useLabel } from '../../api/catalogue';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { CapitalOfferTables } from './CapitalOfferTables';
import { NewDecisionForm } from './NewDecisionForm';

/** The offer per capital with evidence, local outcomes, policy options and the decisions. */
export function AanbodPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const scope = params.get('scope') ?? ORGANISATION_SCOPE;
  const query = useQuery({
    queryKey: ['aanbod', scope],
    queryFn: () => getJson(`/api/v1/aanbod?scope=${encodeURIComponent(scope)}`, aanbodSchema),
  });
  return (
    <>
      <PageTitle title={t('aanbod.title')} />
      <Heading level={1}>{t('aanbod.title')}</Heading>
      <Paragraph lead>{t('aanbod.intro')}</Paragraph>
      <QueryState query={query}>
        {(aanbod) => (
          <>
            <div className="ww-no-print">
              <SelectField
                name="scope"
                label={t('aanbod.scope')}
                value={aanbod.scope}
                options={aanbod.scopes.map((s) => ({
                  value: s.id,
                  label:
                    s.id === ORGANISATION_SCOPE
                      ? t('aanbod.scopeOrganisation', { name: s.name })
                      : t('aanbod.scopeGemeente', { name: s.name }),
                }))}
                onChange={(value) => setParams({ scope: value }, { replace: true })}
              />
            </div>
            <Paragraph>
              {t('aanbod.privacy', {
                threshold: aanbod.threshold,
                count: aanbod.households.value ?? t('rapportage.outcomes.hidden'),
              })}
            </Paragraph>
            <Paragraph>
              {t('aanbod.kompasHint')}{' '}
              <RouterLink to="/rapportage/kompas">{t('aanbod.kompasLink')}</RouterLink>
            </Paragraph>
            {!aanbod.canDecide && <Paragraph>{t('aanbod.readOnly')}</Paragraph>}
            <ButtonGroup className="ww-no-print">
              <Button appearance="secondary-action-button" onClick={() => window.print()}>
                {t('aanbod.print')}
              </Button>
            </ButtonGroup>
            {aanbod.capitals.map((c) => (
              <section
                key={c.capital}
                aria-labelledby={`aanbod-${c.capital}`}
                className="ww-aanbod"
              >
                <Heading level={2} id={`aanbod-${c.capital}`}>
                  {label('capitals', c.capital)}
                </Heading>
                <CapitalOfferTables offer={c} capitalName={label('capitals', c.capital)} />
                {aanbod.canDecide && (
                  <NewDecisionForm
                    scope={aanbod.scope}
                    offer={c}
                    capitalName={label('capitals', c.capital)}
                  />
                )}
              </section>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
