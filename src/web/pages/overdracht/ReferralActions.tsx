import { useState, type FormEvent } from 'react';
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

function ActionForm({ referral, action }: { referral: ReferralView; action: ReferralAction }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome>('doel-bereikt');
  const [note, setNote] = useState('');
  const [openRecord, setOpenRecord] = useState(false);
  const [reference, setReference] = useState('');
  const [label, setLabel] = useState('');
  const P = `${action}-`;
  const { errors, summaryRef, save, busy } = useSave(
    () => actOnReferral(referral.id, bodyFor()),
    (view) => {
      client.setQueryData(referralKeys.one(referral.id), view);
      return client.invalidateQueries({ queryKey: referralKeys.all });
    },
  );
  function bodyFor() {
    const version = referral.version;
    if (action === 'accept')
      return { action, version, household: openRecord ? { reference, label } : null };
    if (action === 'reject') return { action, version, reason };
    if (action === 'complete') return { action, version, outcome, note: note || null };
    return { action, version };
  }
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
        labels={{
          reason: t('overdracht.page.reason'),
          note: t('overdracht.page.outcomeNote'),
          'household.reference': t('overdracht.page.reference'),
          'household.label': t('overdracht.page.label'),
          action: t(`overdracht.action.${action}`),
          version: t(`overdracht.action.${action}`),
        }}
      />
      {action === 'accept' && (
        <>
          <CheckboxField
            name={`${P}openRecord`}
            label={t('overdracht.page.openRecord')}
            checked={openRecord}
            onChange={setOpenRecord}
          />
          {openRecord && (
            <>
              <TextField
                idPrefix={P}
                name="household.reference"
                label={t('overdracht.page.reference')}
                value={reference}
                onChange={setReference}
                error={errors.fields['household.reference']}
              />
              <TextField
                idPrefix={P}
                name="household.label"
                label={t('overdracht.page.label')}
                value={label}
                onChange={setLabel}
                error={errors.fields['household.label']}
              />
            </>
          )}
        </>
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
        <>
          <RadioGroup
            name={`${P}outcome`}
            legend={t('overdracht.page.outcome')}
            options={REFERRAL_OUTCOMES.map((o) => ({
              value: o,
              label: t(`overdracht.outcome.${o}`),
            }))}
            value={outcome}
            onChange={setOutcome}
            error={errors.fields.outcome}
          />
          <TextAreaField
            idPrefix={P}
            name="note"
            label={t('overdracht.page.outcomeNote')}
            value={note}
            onChange={setNote}
            maxLength={500}
            error={errors.fields.note}
          />
        </>
      )}
      <ButtonGroup>
        <Button
          appearance={
            action === 'withdraw' || action === 'reject'
              ? 'secondary-action-button'
              : 'primary-action-button'
          }
          type="submit"
          disabled={busy}
        >
          {t(`overdracht.action.${action}`)}
        </Button>
      </ButtonGroup>
    </form>
  );
}
