import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import {
  REFERRAL_OUTCOMES,
  type ReferralAction,
  type ReferralOutcome,
} from '../../../domain/referrals';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { CheckboxField, RadioGroup } from '../check/fields';
import type { ReferralActionBody } from '../../../contract/referrals';
import { actOnReferral, referralKeys, type ReferralView } from './referrals-api';

/** The actions this side may take now, each a small form of its own. */
export function ReferralActions({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  if (referral.actions.length === 0) return null;
  return (
    <section aria-labelledby="referral-actions">
      <Heading level={2} id="referral-actions">
        {t('overdracht.page.actions')}
      </Heading>
      {referral.actions.map((action) => (
        <ActionForm key={action} referral={referral} action={action} />
      ))}
    </section>
  );
}

/** Declining and withdrawing end the referral: not the first button the eye meets. */
const quiet = new Set<ReferralAction>(['reject', 'withdraw']);

function useActionFields() {
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome>('doel-bereikt');
  const [note, setNote] = useState('');
  const [openRecord, setOpenRecord] = useState(false);
  const [reference, setReference] = useState('');
  const [label, setLabel] = useState('');
  return {
    ...{ reason, setReason, outcome, setOutcome, note, setNote },
    ...{ openRecord, setOpenRecord, reference, setReference, label, setLabel },
  };
}
type ActionFields = ReturnType<typeof useActionFields>;

/** The request body of an action: each action sends only its own fields. */
function bodyFor(action: ReferralAction, version: number, f: ActionFields): ReferralActionBody {
  if (action === 'accept')
    return {
      action,
      version,
      household: f.openRecord ? { reference: f.reference, label: f.label } : null,
    };
  if (action === 'reject') return { action, version, reason: f.reason };
  if (action === 'complete') return { action, version, outcome: f.outcome, note: f.note || null };
  return { action, version };
}

const errorLabels = (t: TFunction, action: ReferralAction) => ({
  reason: t('overdracht.page.reason'),
  note: t('overdracht.page.outcomeNote'),
  'household.reference': t('overdracht.page.reference'),
  'household.label': t('overdracht.page.label'),
  action: t(`overdracht.action.${action}`),
  version: t(`overdracht.action.${action}`),
});

function ActionForm({ referral, action }: { referral: ReferralView; action: ReferralAction }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const fields = useActionFields();
  const { reason, setReason, outcome, setOutcome, note, setNote } = fields;
  const { openRecord, setOpenRecord, reference, setReference, label, setLabel } = fields;
  const P = `${action}-`;
  const { errors, summaryRef, save, busy } = useSave(
    () => actOnReferral(referral.id, bodyFor(action, referral.version, fields)),
    (view) => {
      client.setQueryData(referralKeys.one(referral.id), view);
      return client.invalidateQueries({ queryKey: referralKeys.all });
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(undefined);
  };
  return (
    <form
      onSubmit={submit}
      className="ww-form"
      noValidate
      aria-label={t(`overdracht.action.${action}`)}
    >
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        idPrefix={P}
        labels={errorLabels(t, action)}
      />
      {action === 'accept' && (
        <AcceptFields
          open={openRecord}
          setOpen={setOpenRecord}
          reference={reference}
          setReference={setReference}
          label={label}
          setLabel={setLabel}
          errors={errors.fields}
        />
      )}
      {action === 'reject' && (
        <TextAreaField
          idPrefix={P}
          name="reason"
          label={t('overdracht.page.reason')}
          description={t('overdracht.page.reasonHint')}
          value={reason}
          onChange={setReason}
          maxLength={500}
          error={errors.fields.reason}
        />
      )}
      {action === 'complete' && (
        <CompleteFields
          outcome={outcome}
          setOutcome={setOutcome}
          note={note}
          setNote={setNote}
          errors={errors.fields}
        />
      )}
      <ButtonGroup>
        <Button
          appearance={quiet.has(action) ? 'secondary-action-button' : 'primary-action-button'}
          type="submit"
          disabled={busy}
        >
          {t(`overdracht.action.${action}`)}
        </Button>
      </ButtonGroup>
    </form>
  );
}

type Errors = Record<string, string | undefined>;

/** Accepting may open the receiving side's own record: a reference and a short name. */
function AcceptFields(props: {
  open: boolean;
  setOpen: (open: boolean) => void;
  reference: string;
  setReference: (v: string) => void;
  label: string;
  setLabel: (v: string) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxField
        name="accept-openRecord"
        label={t('overdracht.page.openRecord')}
        checked={props.open}
        onChange={props.setOpen}
      />
      {props.open && (
        <>
          <TextField
            idPrefix="accept-"
            name="household.reference"
            label={t('overdracht.page.reference')}
            value={props.reference}
            onChange={props.setReference}
            error={props.errors['household.reference']}
          />
          <TextField
            idPrefix="accept-"
            name="household.label"
            label={t('overdracht.page.label')}
            value={props.label}
            onChange={props.setLabel}
            error={props.errors['household.label']}
          />
        </>
      )}
    </>
  );
}

/** Completing names the outcome the sender will see, with an optional note. */
function CompleteFields(props: {
  outcome: ReferralOutcome;
  setOutcome: (o: ReferralOutcome) => void;
  note: string;
  setNote: (v: string) => void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        name="complete-outcome"
        legend={t('overdracht.page.outcome')}
        options={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: t(`overdracht.outcome.${o}`) }))}
        value={props.outcome}
        onChange={props.setOutcome}
        error={props.errors.outcome}
      />
      <TextAreaField
        idPrefix="complete-"
        name="note"
        label={t('overdracht.page.outcomeNote')}
        value={props.note}
        onChange={props.setNote}
        maxLength={500}
        error={props.errors.note}
      />
    </>
  );
}
