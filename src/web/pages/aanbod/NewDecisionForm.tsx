import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { decisionDetailSchema, type Aanbod } from '../../../contract/aanbod';
import { OFFER_DECISIONS, type OfferDecision } from '../../../domain/aanbod';
import { sendJson } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';

type CapitalOffer = Aanbod['capitals'][number];

/** What can be decided about under this capital: in use, to add from the catalogue, policy. */
function useSubjects(offer: CapitalOffer) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return [
    ...offer.interventions
      .filter((l) => !l.decision)
      .map((l) => ({
        value: `intervention:${l.interventionId}`,
        label: t('aanbod.form.inUse', { name: l.name }),
        inUse: l.use !== null,
      })),
    ...offer.candidates.map((c) => ({
      value: `intervention:${c.id}`,
      label: t('aanbod.form.toAdd', { name: c.name }),
      inUse: false,
    })),
    ...offer.policyOptions
      .filter((p) => !p.decision)
      .map((p) => ({
        value: `policy:${p.id}`,
        label: t('aanbod.form.policy', { name: p.title[lang] }),
        inUse: false,
      })),
  ];
}

/** A form to decide about one intervention or policy option under the capital. */
export function NewDecisionForm(props: {
  scope: string;
  offer: CapitalOffer;
  capitalName: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const subjects = useSubjects(props.offer);
  const prefix = `${props.offer.capital}-`;
  const empty: Form = { subject: '', decision: 'doorgaan', reason: '' };
  const [form, setForm] = useState(empty);
  const { errors, setFieldErrors, summaryRef, save, busy } = useSave(
    (body: object) => sendJson('POST', '/api/v1/aanbod/decisions', body, decisionDetailSchema),
    async () => {
      setForm(empty);
      await client.invalidateQueries({ queryKey: ['aanbod'] });
    },
  );
  const labels = {
    subjectId: t('aanbod.form.subject'),
    decision: t('aanbod.form.decision'),
    reason: t('aanbod.form.reason'),
    capital: t('aanbod.form.subject'),
    scope: t('aanbod.scope'),
  };
  const chooseSubject = (subject: string) => {
    const inUse = subjects.find((s) => s.value === subject)?.inUse ?? false;
    setForm((f) => ({ ...f, subject, decision: inUse ? 'doorgaan' : 'toevoegen' }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = {
      ...(form.subject ? {} : { subjectId: t('form.required') }),
      ...(form.reason.trim() ? {} : { reason: t('form.required') }),
    };
    if (Object.keys(missing).length) return setFieldErrors(missing);
    const [kind, ...rest] = form.subject.split(':');
    save({
      scope: props.scope,
      capital: props.offer.capital,
      kind,
      subjectId: rest.join(':'),
      decision: form.decision,
      reason: form.reason,
    });
  };
  const headingId = `aanbod-new-${props.offer.capital}`;
  return (
    <section aria-labelledby={headingId} className="ww-no-print">
      <Heading level={3} id={headingId}>
        {t('aanbod.form.title', { capital: props.capitalName })}
      </Heading>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} idPrefix={prefix} />
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="subjectId"
          idPrefix={prefix}
          label={labels.subjectId}
          value={form.subject}
          options={[{ value: '', label: t('aanbod.form.choose') }, ...subjects]}
          onChange={chooseSubject}
          error={errors.fields.subjectId ?? errors.fields.capital}
        />
        <DecisionAndReason
          prefix={prefix}
          labels={labels}
          form={form}
          setForm={setForm}
          errors={errors.fields}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {t('aanbod.form.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

type Form = { subject: string; decision: OfferDecision; reason: string };

/** The decision and its reason. */
function DecisionAndReason(props: {
  prefix: string;
  labels: { decision: string; reason: string };
  form: Form;
  setForm: (update: (f: Form) => Form) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const { prefix, labels, form, setForm, errors } = props;
  return (
    <>
      <SelectField
        name="decision"
        idPrefix={prefix}
        label={labels.decision}
        value={form.decision}
        options={OFFER_DECISIONS.map((d) => ({ value: d, label: t(`aanbod.decision.${d}`) }))}
        onChange={(d) => setForm((f) => ({ ...f, decision: d as OfferDecision }))}
        error={errors.decision}
        description={t('aanbod.form.decisionHint')}
      />
      <TextAreaField
        name="reason"
        idPrefix={prefix}
        label={labels.reason}
        value={form.reason}
        onChange={(reason) => setForm((f) => ({ ...f, reason }))}
        error={errors.reason}
        maxLength={1000}
        rows={3}
      />
    </>
  );
}
