import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { consentPurposes } from '../../../contract/households';
import { ErrorSummary, fieldId } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../wegwijzer/format';
import { todayIso } from './common';
import {
  householdChanges,
  householdKeys,
  type Consent,
  type ConsentHow,
  type ConsentPurpose,
  type HouseholdDetail,
} from './households-api';

const hows: ConsentHow[] = ['mondeling', 'schriftelijk', 'digitaal'];

type ConsentForm = { purpose: ConsentPurpose; how: ConsentHow; givenAt: string; note: string };

/** What the household agreed to, and recording a new consent or a withdrawal. */
export function ConsentSection({ household: h }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: householdKeys.one(h.id) });
  const purposeLabel = (p: ConsentPurpose) => t(`huishoudens.consent.purposes.${p}`);
  const announce = async (key: 'recorded' | 'withdrawn', purpose: ConsentPurpose) => {
    setMessage(t(`huishoudens.consent.${key}`, { purpose: purposeLabel(purpose) }));
    await refresh();
  };

  return (
    <section aria-labelledby="hh-consent" className="ww-hh-section">
      <Heading level={2} id="hh-consent">
        {t('huishoudens.consent.title')}
      </Heading>
      <Paragraph>{t('huishoudens.consent.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      {h.consents.length === 0 ? (
        <Paragraph>{t('huishoudens.consent.none')}</Paragraph>
      ) : (
        <ConsentTable
          household={h}
          purposeLabel={purposeLabel}
          onWithdrawn={(c) => announce('withdrawn', c.purpose)}
        />
      )}
      <RecordConsentForm
        householdId={h.id}
        purposeLabel={purposeLabel}
        onSubmit={() => setMessage(null)}
        onRecorded={(purpose) => announce('recorded', purpose)}
      />
    </section>
  );
}

/** The consents given so far, each with its status and a way to withdraw it. */
function ConsentTable({
  household: h,
  purposeLabel,
  onWithdrawn,
}: {
  household: HouseholdDetail;
  purposeLabel: (p: ConsentPurpose) => string;
  onWithdrawn: (consent: Consent) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('huishoudens.consent.purpose')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.consent.how')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.consent.givenAt')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('huishoudens.consent.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {h.consents.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              {purposeLabel(c.purpose)}
              {c.note && <span className="ww-muted"> — {c.note}</span>}
            </TableCell>
            <TableCell>{t(`huishoudens.consent.hows.${c.how}`)}</TableCell>
            <TableCell>{formatDate(c.givenAt, i18n.language)}</TableCell>
            <TableCell>
              {c.withdrawnAt ? (
                t('huishoudens.consent.withdrawnOn', {
                  date: formatDate(c.withdrawnAt, i18n.language),
                })
              ) : withdrawing === c.id ? (
                <WithdrawForm
                  householdId={h.id}
                  consent={c}
                  purpose={purposeLabel(c.purpose)}
                  onDone={async (done) => {
                    setWithdrawing(null);
                    if (done) await onWithdrawn(c);
                  }}
                />
              ) : (
                <>
                  {t('huishoudens.consent.active')}{' '}
                  <Button
                    appearance="subtle-button"
                    type="button"
                    onClick={() => {
                      setWithdrawing(c.id);
                      setTimeout(
                        () => document.getElementById(fieldId(`withdrawnAt-${c.id}`))?.focus(),
                        0,
                      );
                    }}
                  >
                    {t('huishoudens.consent.withdraw', { purpose: purposeLabel(c.purpose) })}
                  </Button>
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Recording a new consent: purpose, how it was given, when, and an optional note. */
function RecordConsentForm({
  householdId,
  purposeLabel,
  onSubmit,
  onRecorded,
}: {
  householdId: string;
  purposeLabel: (p: ConsentPurpose) => string;
  onSubmit: () => void;
  onRecorded: (purpose: ConsentPurpose) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ConsentForm>({
    purpose: 'kapitaalscan',
    how: 'mondeling',
    givenAt: todayIso(),
    note: '',
  });
  const recording = useSave(
    (sent: ConsentForm) =>
      householdChanges.recordConsent(householdId, { ...sent, note: sent.note.trim() || null }),
    async (_, sent) => {
      setForm((f) => ({ ...f, note: '' }));
      await onRecorded(sent.purpose);
    },
  );
  const { errors, summaryRef } = recording;
  const record = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
    recording.save(form);
  };
  const set = (key: keyof ConsentForm) => (v: string) => setForm((f) => ({ ...f, [key]: v }));

  return (
    <>
      <Heading level={3} className="ww-heading-small">
        {t('huishoudens.consent.recordTitle')}
      </Heading>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        idPrefix="consent-"
        labels={{
          purpose: t('huishoudens.consent.purpose'),
          how: t('huishoudens.consent.how'),
          givenAt: t('huishoudens.consent.givenAt'),
          note: t('huishoudens.consent.note'),
        }}
      />
      <form onSubmit={record} noValidate className="ww-form">
        <ConsentFields form={form} set={set} errors={errors.fields} purposeLabel={purposeLabel} />
        <div>
          <Button appearance="secondary-action-button" type="submit">
            {t('huishoudens.consent.record')}
          </Button>
        </div>
      </form>
    </>
  );
}

function ConsentFields({
  form,
  set,
  errors,
  purposeLabel,
}: {
  form: ConsentForm;
  set: (key: keyof ConsentForm) => (value: string) => void;
  errors: Record<string, string>;
  purposeLabel: (p: ConsentPurpose) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        name="purpose"
        idPrefix="consent-"
        label={t('huishoudens.consent.purpose')}
        value={form.purpose}
        onChange={set('purpose')}
        options={consentPurposes.map((p) => ({ value: p, label: purposeLabel(p) }))}
        error={errors.purpose}
      />
      <SelectField
        name="how"
        idPrefix="consent-"
        label={t('huishoudens.consent.how')}
        value={form.how}
        onChange={set('how')}
        options={hows.map((x) => ({ value: x, label: t(`huishoudens.consent.hows.${x}`) }))}
        error={errors.how}
      />
      <TextField
        name="givenAt"
        idPrefix="consent-"
        type="date"
        label={t('huishoudens.consent.givenAt')}
        value={form.givenAt}
        onChange={set('givenAt')}
        error={errors.givenAt}
      />
      <TextField
        name="note"
        idPrefix="consent-"
        label={t('huishoudens.consent.note')}
        description={t('huishoudens.consent.noteHint')}
        value={form.note}
        maxLength={500}
        onChange={set('note')}
        error={errors.note}
      />
    </>
  );
}

function WithdrawForm({
  householdId,
  consent,
  purpose,
  onDone,
}: {
  householdId: string;
  consent: Consent;
  purpose: string;
  onDone: (done: boolean) => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const { errors, save } = useSave(
    (withdrawnAt: string) => householdChanges.withdrawConsent(householdId, consent.id, withdrawnAt),
    () => onDone(true),
  );
  const name = `withdrawnAt-${consent.id}`;
  const submit = () => save(date);
  return (
    <div className="ww-hh-inline">
      <TextField
        name={name}
        type="date"
        label={t('huishoudens.consent.withdrawnAt', { purpose })}
        value={date}
        onChange={setDate}
        error={errors.fields.withdrawnAt ?? errors.general ?? undefined}
      />
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" onClick={submit}>
          {t('huishoudens.consent.confirmWithdraw')}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={() => void onDone(false)}>
          {t('huishoudens.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
