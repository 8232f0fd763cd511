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

/** What the household agreed to, and recording a new consent or a withdrawal. */
export function ConsentSection({ household: h }: { household: HouseholdDetail }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({
    purpose: 'kapitaalscan' as ConsentPurpose,
    how: 'mondeling' as ConsentHow,
    givenAt: todayIso(),
    note: '',
  });
  const [message, setMessage] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: householdKeys.one(h.id) });
  const recording = useSave(
    (sent: typeof form) =>
      householdChanges.recordConsent(h.id, { ...sent, note: sent.note.trim() || null }),
    async (_, sent) => {
      setMessage(t('huishoudens.consent.recorded', { purpose: purposeLabel(sent.purpose) }));
      setForm((f) => ({ ...f, note: '' }));
      await refresh();
    },
  );
  const { errors, summaryRef } = recording;

  const record = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    recording.save(form);
  };
  const purposeLabel = (p: ConsentPurpose) => t(`huishoudens.consent.purposes.${p}`);

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
                        if (done) {
                          setMessage(
                            t('huishoudens.consent.withdrawn', {
                              purpose: purposeLabel(c.purpose),
                            }),
                          );
                          await refresh();
                        }
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
      )}

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
        <SelectField
          name="purpose"
          idPrefix="consent-"
          label={t('huishoudens.consent.purpose')}
          value={form.purpose}
          onChange={(v) => setForm((f) => ({ ...f, purpose: v as ConsentPurpose }))}
          options={consentPurposes.map((p) => ({ value: p, label: purposeLabel(p) }))}
          error={errors.fields.purpose}
        />
        <SelectField
          name="how"
          idPrefix="consent-"
          label={t('huishoudens.consent.how')}
          value={form.how}
          onChange={(v) => setForm((f) => ({ ...f, how: v as ConsentHow }))}
          options={hows.map((x) => ({ value: x, label: t(`huishoudens.consent.hows.${x}`) }))}
          error={errors.fields.how}
        />
        <TextField
          name="givenAt"
          idPrefix="consent-"
          type="date"
          label={t('huishoudens.consent.givenAt')}
          value={form.givenAt}
          onChange={(v) => setForm((f) => ({ ...f, givenAt: v }))}
          error={errors.fields.givenAt}
        />
        <TextField
          name="note"
          idPrefix="consent-"
          label={t('huishoudens.consent.note')}
          description={t('huishoudens.consent.noteHint')}
          value={form.note}
          maxLength={500}
          onChange={(v) => setForm((f) => ({ ...f, note: v }))}
          error={errors.fields.note}
        />
        <div>
          <Button appearance="secondary-action-button" type="submit">
            {t('huishoudens.consent.record')}
          </Button>
        </div>
      </form>
    </section>
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
