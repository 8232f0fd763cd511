import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { gemeenteSchemesSchema, type GemeenteSchemes } from '../../../contract/benefits';
import { defaultRules, fundSchemeIds, type FundSchemeId } from '../../../domain/benefits';
import { sendJson } from '../../api/client';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { AdminNav, StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { useSave } from '../../hooks/useSave';
import { useLanguage } from '../../hooks/useLanguage';
import {
  fetchHistory,
  fetchSchemes,
  gemeentenKey,
  historyKey,
  schemesKey,
  type SchemeVersion,
} from './check-api';
import { RadioGroup } from './fields';
import { KeeperHandOver } from './KeeperHandOver';
import { SchemeField, type SchemeFieldProps } from './SchemeFields';
import {
  allFields,
  diffConfigs,
  displayValue,
  fromForm,
  isValueField,
  schemeOf,
  sections,
  templateFor,
  toForm,
  type SchemeStatus,
  type SchemesForm,
} from './scheme-form';
import './check.css';

// Beheer › Regelingen: a beheerder sets the municipal schemes of each gemeente their organisation
// works in. These figures feed the voorzieningencheck (public page, API and batch).

const fundNames: Record<string, string> = Object.fromEntries(
  defaultRules().funds.map((f) => [f.id, f.name]),
);

const formatDate = (iso: string, lang: 'nl' | 'en') =>
  new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/** 'Kwijtschelding gemeentelijke belastingen – Inkomensgrens' for a configuration path. */
function pathLabel(path: string, t: TFunction): string {
  if (path.startsWith('funds.'))
    return `${t('check.beheer.funds')} – ${fundNames[path.slice(6)] ?? path.slice(6)}`;
  const section = sections.find((s) => s.fields.some((f) => f.path === path));
  const spec = allFields.find((f) => f.path === path);
  return section && spec ? `${t(section.legend)} – ${t(spec.label)}` : path;
}

export function SchemesAdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const gemeenten = me.organisation.gemeenten;
  const [params, setParams] = useSearchParams();
  const chosen = gemeenten.find((g) => g.code === params.get('gemeente')) ?? gemeenten[0];
  return (
    <>
      <PageTitle title={t('check.beheer.title')} />
      <AdminNav />
      <Heading level={1}>{t('check.beheer.title')}</Heading>
      <Paragraph lead>{t('check.beheer.intro')}</Paragraph>
      {gemeenten.length === 0 && <Paragraph>{t('check.beheer.noGemeenten')}</Paragraph>}
      {gemeenten.length > 1 && (
        <SelectField
          name="gemeente"
          label={t('check.beheer.chooseGemeente')}
          value={chosen?.code ?? ''}
          options={gemeenten.map((g) => ({ value: g.code, label: `${g.name} (${g.code})` }))}
          onChange={(gemeente) => setParams({ gemeente })}
        />
      )}
      {chosen && <GemeenteSchemesSection key={chosen.code} code={chosen.code} name={chosen.name} />}
    </>
  );
}

function GemeenteSchemesSection({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const schemes = useQuery({ queryKey: schemesKey(code), queryFn: () => fetchSchemes(code) });
  // Kept here: the editor starts afresh (from the saved configuration) after each save.
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <>
      <Heading level={2}>{t('check.beheer.gemeente', { name, code })}</Heading>
      <QueryState query={schemes}>
        {(data) => (
          <>
            <SchemesEditor
              key={data.version}
              code={code}
              name={name}
              data={data}
              saved={saved}
              onSaved={setSaved}
            />
            <KeeperHandOver code={code} data={data} />
          </>
        )}
      </QueryState>
      <History code={code} />
    </>
  );
}

/** Field name (as the API names it) → the label the form shows, for the error summary. */
function schemeLabels(t: TFunction): Record<string, string> {
  const labels: Record<string, string> = { 'config.funds': t('check.beheer.funds') };
  for (const f of allFields) labels[`config.${f.path}`] = pathLabel(f.path, t);
  labels['config.example'] = t('check.beheer.sections.general');
  return labels;
}

/** The editor's answers, and the ways to change them. */
function useSchemesForm(code: string, name: string, data: GemeenteSchemes) {
  const [form, setForm] = useState<SchemesForm>(() =>
    toForm(data.config ?? data.shippedConfig ?? templateFor(code, name)),
  );
  /** A figure the beheerder types counts as entered by a person; so does ticking 'checked'. */
  const confirm = (path: string, on: boolean) =>
    setForm((f) => ({
      ...f,
      confirmed: on ? [...new Set([...f.confirmed, path])] : f.confirmed.filter((p) => p !== path),
    }));
  const set = (path: string, value: string | boolean) => {
    setForm((f) => ({ ...f, values: { ...f.values, [path]: value } }));
    const figure = path.replace(/:mode$/, '');
    if (isValueField(figure)) confirm(figure, true);
  };
  const setStatus = (id: string, status: SchemeStatus) =>
    setForm((f) => ({ ...f, status: { ...f.status, [id]: status } }));
  const setFunds = (funds: FundSchemeId[]) => setForm((f) => ({ ...f, funds }));
  return { form, confirm, set, setStatus, setFunds };
}

function SchemesEditor({
  code,
  name,
  data,
  saved,
  onSaved: setSaved,
}: {
  code: string;
  name: string;
  data: GemeenteSchemes;
  saved: number | null;
  onSaved: (version: number | null) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { errors, setFieldErrors, summaryRef, save, busy } = useSave(
    (body: { config: unknown; confirmed: string[] }) =>
      sendJson(
        'PUT',
        `/api/v1/gemeenten/${encodeURIComponent(code)}/schemes`,
        { expectedVersion: data.version, ...body },
        gemeenteSchemesSchema,
      ),
    async (result) => {
      setSaved(result.version);
      client.setQueryData(schemesKey(code), result);
      await client.invalidateQueries({ queryKey: historyKey(code) });
      await client.invalidateQueries({ queryKey: gemeentenKey });
    },
  );
  const { form, confirm, set, setStatus, setFunds } = useSchemesForm(code, name, data);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const parsed = fromForm(code, form);
    if (!parsed.ok) {
      setFieldErrors(
        Object.fromEntries(Object.entries(parsed.errors).map(([field, key]) => [field, t(key)])),
      );
      return;
    }
    save({ config: parsed.config, confirmed: parsed.confirmed });
  };

  const fieldProps = { form, errors: errors.fields, set, confirm };
  return (
    <>
      <SchemesNotices data={data} saved={saved} />
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={schemeLabels(t)} />
      <form onSubmit={submit} noValidate className="ww-form">
        {sections.map((s) => (
          <SchemeSectionFields key={s.id} section={s} setStatus={setStatus} {...fieldProps} />
        ))}
        <CheckboxGroup
          name="config.funds"
          legend={t('check.beheer.funds')}
          options={fundSchemeIds.map((id) => ({ value: id, label: fundNames[id] ?? id }))}
          value={form.funds}
          onChange={(v) => setFunds(v as FundSchemeId[])}
          error={errors.fields['config.funds']}
        />
        {data.canEdit && (
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
              {t('check.beheer.save')}
            </Button>
          </ButtonGroup>
        )}
      </form>
    </>
  );
}

/** Which version is in use (or none yet), whether this organisation may edit, what was saved. */
function SchemesNotices({ data, saved }: { data: GemeenteSchemes; saved: number | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      {data.config ? (
        <Paragraph>
          {t('check.beheer.current', {
            version: data.version,
            date: formatDate(data.updatedAt!, lang),
            by: data.updatedBy ?? t('check.beheer.unknownPerson'),
            organisation: data.organisationName ?? '',
          })}
        </Paragraph>
      ) : (
        <Alert type="info">
          <Paragraph>{t('check.beheer.notYet')}</Paragraph>
        </Alert>
      )}
      {!data.canEdit && (
        <Alert type="warning">
          <Paragraph>{t('check.beheer.readOnly')}</Paragraph>
        </Alert>
      )}
      {saved !== null && (
        <StatusMessage>{t('check.beheer.saved', { version: saved })}</StatusMessage>
      )}
    </>
  );
}

/** One scheme's fieldset: whether it is set up or to be asked, and then its figures. */
function SchemeSectionFields({
  section: s,
  setStatus,
  ...fieldProps
}: Omit<SchemeFieldProps, 'f'> & {
  section: (typeof sections)[number];
  setStatus: (id: string, status: SchemeStatus) => void;
}) {
  const { t } = useTranslation();
  const scheme = schemeOf(s.fields[0]!.path);
  const status = scheme ? fieldProps.form.status[scheme] : 'ingesteld';
  return (
    <Fieldset id={fieldId(`config.${s.id}`)}>
      <FieldsetLegend>{t(s.legend)}</FieldsetLegend>
      {scheme && (
        <RadioGroup
          name={`config.schemes.${scheme}:status`}
          legend={t('check.beheer.schemeStatus')}
          options={[
            { value: 'vraag-na', label: t('check.beheer.statusAsk') },
            { value: 'ingesteld', label: t('check.beheer.statusSet') },
          ]}
          value={status}
          onChange={(v) => setStatus(scheme, v as SchemeStatus)}
        />
      )}
      {status === 'ingesteld' &&
        s.fields.map((f) => <SchemeField key={f.path} f={f} {...fieldProps} />)}
    </Fieldset>
  );
}

function History({ code }: { code: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const history = useQuery({ queryKey: historyKey(code), queryFn: () => fetchHistory(code) });
  const words = { yes: t('check.yes'), no: t('check.no') };
  const changes = (v: SchemeVersion, previous: SchemeVersion | undefined) => {
    if (!previous) return <>{t('check.beheer.history.first')}</>;
    const diff = diffConfigs(previous.data.config, v.data.config);
    if (diff.length === 0) return <>{t('check.beheer.history.same')}</>;
    return (
      <ul className="ww-history-diff">
        {diff.map((c) => (
          <li key={c.path}>
            {t('check.beheer.history.change', {
              field: pathLabel(c.path, t),
              before: displayValue(c.path, c.before, words),
              after: displayValue(c.path, c.after, words),
            })}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby="history-title">
      <Heading level={2} id="history-title">
        {t('check.beheer.history.title')}
      </Heading>
      <QueryState query={history}>
        {(versions) =>
          versions.length === 0 ? (
            <Paragraph>{t('check.beheer.history.none')}</Paragraph>
          ) : (
            <Table>
              <TableCaption>{t('check.beheer.history.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('check.beheer.history.version')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('check.beheer.history.when')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('check.beheer.history.who')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('check.beheer.history.what')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...versions].reverse().map((v) => (
                  <TableRow key={v.version}>
                    <TableCell>{v.version}</TableCell>
                    <TableCell>{formatDate(v.changedAt, lang)}</TableCell>
                    <TableCell>{v.changedBy ?? t('check.beheer.unknownPerson')}</TableCell>
                    <TableCell>
                      {changes(
                        v,
                        versions.find((p) => p.version === v.version - 1),
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </QueryState>
    </section>
  );
}
