import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { kompasCycleSchema, kompasListSchema, type KompasList } from '../../../contract/kompas';
import { getJson, sendJson } from '../../api/client';
import { DateRangeFields } from '../../components/DateRangeFields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';

/** The cycles of the koepel, and for the gemeente's playing field a form to start the next. */
export function KompasListPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['kompas'],
    queryFn: () => getJson('/api/v1/kompas', kompasListSchema),
  });
  return (
    <>
      <PageTitle title={t('rapportage.kompas.title')} />
      <Heading level={1}>{t('rapportage.kompas.title')}</Heading>
      <Paragraph lead>{t('rapportage.kompas.intro')}</Paragraph>
      <QueryState query={query}>
        {(list) => (
          <>
            <Heading level={2}>{t('rapportage.kompas.cycles')}</Heading>
            {list.cycles.length === 0 ? (
              <Paragraph>{t('rapportage.kompas.none')}</Paragraph>
            ) : (
              <UnorderedList>
                {list.cycles.map((c) => (
                  <UnorderedListItem key={c.id}>
                    <RouterLink to={`/rapportage/kompas/${c.id}`}>{c.title}</RouterLink>{' '}
                    {t('rapportage.kompas.period', {
                      gemeente:
                        list.gemeenten.find((g) => g.code === c.gemeente)?.name ?? c.gemeente,
                      from: c.periodFrom,
                      to: c.periodTo,
                    })}{' '}
                    ({t('rapportage.kompas.version', { version: c.version })})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
            {list.canStart && <StartCycle list={list} />}
          </>
        )}
      </QueryState>
    </>
  );
}

function StartCycle({ list }: { list: KompasList }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    gemeente: list.gemeenten[0]?.code ?? '',
    title: '',
    periodFrom: '',
    periodTo: '',
  });
  const { errors, setFieldErrors, summaryRef, save, busy } = useSave(
    (body: typeof form) => sendJson('POST', '/api/v1/kompas', body, kompasCycleSchema),
    (cycle) => navigate(`/rapportage/kompas/${cycle.id}`),
  );
  const labels = {
    gemeente: t('rapportage.kompas.gemeente'),
    title: t('rapportage.kompas.cycleTitle'),
    periodFrom: t('rapportage.kompas.periodFrom'),
    periodTo: t('rapportage.kompas.periodTo'),
  };
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = (['title', 'periodFrom', 'periodTo'] as const).filter((k) => !form[k].trim());
    if (missing.length)
      return setFieldErrors(Object.fromEntries(missing.map((k) => [k, t('form.required')])));
    save(form);
  };
  return (
    <section aria-labelledby="kompas-start">
      <Heading level={2} id="kompas-start">
        {t('rapportage.kompas.start')}
      </Heading>
      <Paragraph>{t('rapportage.kompas.startHint')}</Paragraph>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="gemeente"
          label={labels.gemeente}
          value={form.gemeente}
          options={list.gemeenten.map((g) => ({ value: g.code, label: g.name }))}
          onChange={set('gemeente')}
          error={errors.fields.gemeente}
        />
        <TextField
          name="title"
          label={labels.title}
          value={form.title}
          onChange={set('title')}
          error={errors.fields.title}
          maxLength={120}
        />
        <DateRangeFields
          names={['periodFrom', 'periodTo']}
          labels={labels}
          values={form}
          onChange={set}
          errors={errors.fields}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {t('rapportage.kompas.startButton')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
