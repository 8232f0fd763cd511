import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
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
import { decisionDetailSchema, type OfferDecisionDetail } from '../../../contract/aanbod';
import { OFFER_DECISIONS, type DecisionStatus, type OfferDecision } from '../../../domain/aanbod';
import { getJson, sendJson } from '../../api/client';
import { useLabel } from '../../api/catalogue';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';

const key = (id: string) => ['aanbod', 'decision', id];

/** One decision: where it stands, a form to move it on or reconsider it, and its history. */
export function DecisionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const lang = useLanguage();
  const query = useQuery({
    queryKey: key(id),
    queryFn: () => getJson(`/api/v1/aanbod/decisions/${id}`, decisionDetailSchema),
  });
  return (
    <QueryState query={query}>
      {(d) => (
        <>
          <PageTitle title={t('aanbod.detail.title', { name: d.subjectName[lang] })} />
          <Paragraph className="ww-no-print">
            <RouterLink to={`/rapportage/aanbod?scope=${encodeURIComponent(d.scope)}`}>
              {t('aanbod.detail.back')}
            </RouterLink>
          </Paragraph>
          <Heading level={1}>{t('aanbod.detail.title', { name: d.subjectName[lang] })}</Heading>
          <CurrentDecision decision={d} />
          {d.canDecide && <SaveDecisionForm key={d.version} decision={d} />}
          <History decision={d} />
        </>
      )}
    </QueryState>
  );
}

function CurrentDecision({ decision: d }: { decision: OfferDecisionDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <dl className="ww-aanbod__facts">
      <dt>{t('aanbod.detail.capital')}</dt>
      <dd>{label('capitals', d.capital)}</dd>
      <dt>{t('aanbod.form.decision')}</dt>
      <dd>{t(`aanbod.decision.${d.decision}`)}</dd>
      <dt>{t('aanbod.detail.status')}</dt>
      <dd>{t(`aanbod.status.${d.status}`)}</dd>
      <dt>{t('aanbod.form.reason')}</dt>
      <dd>{d.reason}</dd>
    </dl>
  );
}

function SaveDecisionForm({ decision: d }: { decision: OfferDecisionDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({
    decision: d.decision as OfferDecision,
    status: d.status as DecisionStatus,
    reason: d.reason,
    note: '',
  });
  const { errors, setFieldErrors, summaryRef, save, busy } = useSave(
    (body: object) =>
      sendJson('PUT', `/api/v1/aanbod/decisions/${d.id}`, body, decisionDetailSchema),
    async (saved) => {
      client.setQueryData(key(d.id), saved);
      await client.invalidateQueries({ queryKey: ['aanbod'], exact: false });
    },
  );
  const labels = {
    decision: t('aanbod.form.decision'),
    status: t('aanbod.detail.status'),
    reason: t('aanbod.form.reason'),
    note: t('aanbod.detail.note'),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.reason.trim()) return setFieldErrors({ reason: t('form.required') });
    save({ version: d.version, ...form, note: form.note || undefined });
  };
  return (
    <section aria-labelledby="aanbod-save" className="ww-no-print">
      <Heading level={2} id="aanbod-save">
        {t('aanbod.detail.update')}
      </Heading>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="status"
          label={labels.status}
          value={form.status}
          options={d.nextStatuses.map((s) => ({ value: s, label: t(`aanbod.status.${s}`) }))}
          onChange={(s) => setForm((f) => ({ ...f, status: s as DecisionStatus }))}
          error={errors.fields.status}
        />
        <SelectField
          name="decision"
          label={labels.decision}
          value={form.decision}
          options={OFFER_DECISIONS.map((x) => ({ value: x, label: t(`aanbod.decision.${x}`) }))}
          onChange={(x) => setForm((f) => ({ ...f, decision: x as OfferDecision }))}
          error={errors.fields.decision}
          description={t('aanbod.detail.decisionHint')}
        />
        <TextAreaField
          name="reason"
          label={labels.reason}
          value={form.reason}
          onChange={(reason) => setForm((f) => ({ ...f, reason }))}
          error={errors.fields.reason}
          maxLength={1000}
          rows={3}
        />
        <TextAreaField
          name="note"
          label={labels.note}
          value={form.note}
          onChange={(note) => setForm((f) => ({ ...f, note }))}
          error={errors.fields.note}
          maxLength={500}
          rows={2}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {t('aanbod.detail.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function History({ decision: d }: { decision: OfferDecisionDetail }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
  return (
    <Table>
      <TableCaption>{t('aanbod.detail.history')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('aanbod.detail.when')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbod.detail.who')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbod.form.decision')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbod.detail.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbod.form.reason')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbod.detail.note')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {d.history.map((h) => (
          <TableRow key={h.version}>
            <TableHeaderCell scope="row">{when(h.savedAt)}</TableHeaderCell>
            <TableCell>{h.savedBy ?? t('aanbod.detail.unknownPerson')}</TableCell>
            <TableCell>{t(`aanbod.decision.${h.decision}`)}</TableCell>
            <TableCell>{t(`aanbod.status.${h.status}`)}</TableCell>
            <TableCell>{h.reason}</TableCell>
            <TableCell>{h.note ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
