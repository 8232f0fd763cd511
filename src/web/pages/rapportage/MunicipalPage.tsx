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
import { municipalSchema, type MunicipalReportData } from '../../../contract/reports';
import { getJson } from '../../api/client';
import { useMe } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { DateRangeFields } from '../../components/DateRangeFields';
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

type Period = { gemeente: string; from: string; to: string };

/** The municipal report: pick a gemeente and a period, read it, download it as PDF or CSV. */
export function MunicipalPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = periodOf(params);
  const query = useQuery({
    queryKey: ['reports', 'municipal', chosen],
    queryFn: () =>
      getJson(
        `/api/v1/reports/municipal?${new URLSearchParams(chosen!).toString()}`,
        municipalSchema,
      ),
    enabled: chosen !== null,
  });
  return (
    <>
      <PageTitle title={t('rapportage.municipal.title')} />
      <Heading level={1}>{t('rapportage.municipal.title')}</Heading>
      <Paragraph lead>{t('rapportage.municipal.intro')}</Paragraph>
      <PeriodForm
        chosen={chosen}
        onChoose={(p) => setParams({ gemeente: p.gemeente, van: p.from, tot: p.to })}
      />
      {chosen && (
        <QueryState query={query}>
          {(report) => <MunicipalReport report={report} period={chosen} />}
        </QueryState>
      )}
    </>
  );
}

/** The form's state, starting from the chosen period or this calendar year in the first gemeente. */
function usePeriodForm(chosen: Period | null, onChoose: (period: Period) => void) {
  const { t } = useTranslation();
  const gemeenten = useMe().organisation.gemeenten;
  const year = new Date().getFullYear();
  const [form, setForm] = useState<Period>({
    gemeente: chosen?.gemeente ?? gemeenten[0]?.code ?? '',
    from: chosen?.from ?? `${year}-01-01`,
    to: chosen?.to ?? `${year}-12-31`,
  });
  const formErrors = useFormErrors();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!form.from) fields.from = t('form.required');
    if (!form.to) fields.to = t('form.required');
    else if (form.from && form.to < form.from) fields.to = t('problem.reports.periodReversed');
    if (Object.keys(fields).length) return formErrors.setFieldErrors(fields);
    formErrors.clear();
    onChoose(form);
  };
  const change = (key: keyof Period) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  return { gemeenten, form, change, submit, ...formErrors };
}

function PeriodForm({
  chosen,
  onChoose,
}: {
  chosen: Period | null;
  onChoose: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const { gemeenten, form, change, submit, errors, summaryRef } = usePeriodForm(chosen, onChoose);
  const labels = {
    gemeente: t('rapportage.municipal.gemeente'),
    from: t('rapportage.municipal.from'),
    to: t('rapportage.municipal.to'),
  };
  return (
    <>
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
          onChange={change('gemeente')}
        />
        <DateRangeFields
          names={['from', 'to']}
          labels={labels}
          values={form}
          onChange={change}
          errors={errors.fields}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {t('rapportage.municipal.show')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** The report for the chosen period, with its downloads and sections. */
function MunicipalReport({ report, period }: { report: MunicipalReportData; period: Period }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const download = (kind: 'pdf' | 'csv') =>
    `/api/v1/reports/municipal/${kind}?${new URLSearchParams({
      ...period,
      ...(kind === 'pdf' ? { lang } : {}),
    }).toString()}`;
  return (
    <>
      <Heading level={2}>
        {t('rapportage.municipal.period', {
          gemeente: report.gemeenteName,
          from: report.from,
          to: report.to,
        })}
      </Heading>
      <Paragraph>{t('rapportage.outcomes.privacy', { threshold: report.threshold })}</Paragraph>
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
  );
}
