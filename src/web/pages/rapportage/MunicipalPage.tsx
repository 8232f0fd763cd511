import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { municipalSchema } from '../../../contract/reports';
import { getJson } from '../../api/client';
import { useMe } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useLanguage } from '../../hooks/useLanguage';
import { MunicipalSections } from './MunicipalSections';

/** The page address speaks Dutch (?van=…&tot=…), the API English (from, to). */
function periodOf(params: URLSearchParams) {
  const gemeente = params.get('gemeente');
  const from = params.get('van');
  const to = params.get('tot');
  return gemeente && from && to ? { gemeente, from, to } : null;
}

/** The municipal report: pick a gemeente and a period, read it, download it as PDF or CSV. */
export function MunicipalPage() {
  const { t } = useTranslation();
  const me = useMe();
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const chosen = periodOf(params);
  const gemeenten = me.organisation.gemeenten;
  const year = new Date().getFullYear();
  const [form, setForm] = useState({
    gemeente: chosen?.gemeente ?? gemeenten[0]?.code ?? '',
    from: chosen?.from ?? `${year}-01-01`,
    to: chosen?.to ?? `${year}-12-31`,
  });
  const { errors, setFieldErrors, clear, summaryRef } = useFormErrors();
  const labels = {
    gemeente: t('rapportage.municipal.gemeente'),
    from: t('rapportage.municipal.from'),
    to: t('rapportage.municipal.to'),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!form.from) fields.from = t('form.required');
    if (!form.to) fields.to = t('form.required');
    else if (form.from && form.to < form.from) fields.to = t('problem.reports.periodReversed');
    if (Object.keys(fields).length) return setFieldErrors(fields);
    clear();
    setParams({ gemeente: form.gemeente, van: form.from, tot: form.to });
  };
  const query = useQuery({
    queryKey: ['reports', 'municipal', chosen],
    queryFn: () =>
      getJson(
        `/api/v1/reports/municipal?${new URLSearchParams(chosen!).toString()}`,
        municipalSchema,
      ),
    enabled: chosen !== null,
  });
  const download = (kind: 'pdf' | 'csv') =>
    `/api/v1/reports/municipal/${kind}?${new URLSearchParams({
      ...chosen!,
      ...(kind === 'pdf' ? { lang } : {}),
    }).toString()}`;
  return (
    <>
      <PageTitle title={t('rapportage.municipal.title')} />
      <Heading level={1}>{t('rapportage.municipal.title')}</Heading>
      <Paragraph lead>{t('rapportage.municipal.intro')}</Paragraph>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate className="ww-form" aria-labelledby="municipal-choose">
        <Heading level={2} id="municipal-choose">
          {t('rapportage.municipal.choose')}
        </Heading>
        <SelectField
          name="gemeente"
          label={labels.gemeente}
          value={form.gemeente}
          options={gemeenten.map((g) => ({ value: g.code, label: g.name }))}
          onChange={(gemeente) => setForm((f) => ({ ...f, gemeente }))}
        />
        <div className="ww-row">
          <TextField
            name="from"
            type="date"
            label={labels.from}
            value={form.from}
            onChange={(from) => setForm((f) => ({ ...f, from }))}
            error={errors.fields.from}
          />
          <TextField
            name="to"
            type="date"
            label={labels.to}
            value={form.to}
            onChange={(to) => setForm((f) => ({ ...f, to }))}
            error={errors.fields.to}
          />
        </div>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {t('rapportage.municipal.show')}
          </Button>
        </ButtonGroup>
      </form>
      {chosen && (
        <QueryState query={query}>
          {(report) => (
            <>
              <Heading level={2}>
                {t('rapportage.municipal.period', {
                  gemeente: report.gemeenteName,
                  from: report.from,
                  to: report.to,
                })}
              </Heading>
              <Paragraph>
                {t('rapportage.outcomes.privacy', { threshold: report.threshold })}
              </Paragraph>
              <Paragraph>{t('rapportage.municipal.download')}:</Paragraph>
              <UnorderedList>
                <UnorderedListItem>
                  <a href={download('pdf')} download>
                    {t('rapportage.municipal.pdf')}
                  </a>
                </UnorderedListItem>
                <UnorderedListItem>
                  <a href={download('csv')} download>
                    {t('rapportage.municipal.csv')}
                  </a>
                </UnorderedListItem>
              </UnorderedList>
              <MunicipalSections report={report} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
