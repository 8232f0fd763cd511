import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../hooks/useLanguage';
import { refreshBeforeReturning } from '../../api/refresh-list';
import { useSave } from '../../hooks/useSave';
import { todayIso } from './common';
import {
  householdChanges,
  householdKeys,
  householdPaths,
  type CloseReason,
  type HouseholdDetail,
} from './households-api';

const reasons: CloseReason[] = [
  'doelen-bereikt',
  'verhuisd',
  'doorverwezen',
  'op-eigen-verzoek',
  'geen-contact',
  'anders',
];

/** Inzage (JSON and PDF), closing and reopening, and erasure on request. */
export function PrivacySection({ household: h }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section aria-labelledby="hh-privacy" className="ww-hh-section">
      <Heading level={2} id="hh-privacy">
        {t('huishoudens.privacy.title')}
      </Heading>
      <Heading level={3} className="ww-heading-small">
        {t('huishoudens.privacy.exportTitle')}
      </Heading>
      <Paragraph>{t('huishoudens.privacy.exportIntro')}</Paragraph>
      <ButtonGroup>
        <Link
          href={householdPaths.exportPdf(h.id, lang)}
          download
          className="utrecht-button utrecht-button--secondary-action ww-button-link"
        >
          {t('huishoudens.privacy.exportPdf')}
        </Link>
        <Link
          href={householdPaths.exportJson(h.id)}
          download
          className="utrecht-button utrecht-button--secondary-action ww-button-link"
        >
          {t('huishoudens.privacy.exportJson')}
        </Link>
      </ButtonGroup>
      <CloseForm household={h} />
      <EraseForm household={h} />
    </section>
  );
}

function CloseForm({ household: h }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState<CloseReason | ''>('');
  const change = useSave(
    (body: { date: string; reason: CloseReason } | null) =>
      body ? householdChanges.close(h.id, body) : householdChanges.reopen(h.id),
    async (updated) => {
      client.setQueryData(householdKeys.one(h.id), updated);
      await client.invalidateQueries({ queryKey: householdKeys.all });
    },
  );
  const { errors, setFieldErrors, summaryRef } = change;
  const close = (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return setFieldErrors({ reason: t('huishoudens.privacy.chooseReason') });
    change.save({ date, reason });
  };
  return (
    <>
      <Heading level={3} className="ww-heading-small">
        {h.closedAt ? t('huishoudens.privacy.reopenTitle') : t('huishoudens.privacy.closeTitle')}
      </Heading>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        idPrefix="close-"
        labels={{
          date: t('huishoudens.privacy.closeDate'),
          reason: t('huishoudens.privacy.closeReason'),
        }}
      />
      {h.closedAt ? (
        <>
          <Paragraph>{t('huishoudens.privacy.reopenIntro')}</Paragraph>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => change.save(null)}
          >
            {t('huishoudens.privacy.reopen')}
          </Button>
        </>
      ) : (
        <form onSubmit={close} noValidate className="ww-form">
          <Paragraph>{t('huishoudens.privacy.closeIntro')}</Paragraph>
          <TextField
            name="date"
            idPrefix="close-"
            type="date"
            label={t('huishoudens.privacy.closeDate')}
            value={date}
            onChange={setDate}
            error={errors.fields.date}
          />
          <SelectField
            name="reason"
            idPrefix="close-"
            label={t('huishoudens.privacy.closeReason')}
            value={reason}
            onChange={(v) => setReason(v as CloseReason | '')}
            error={errors.fields.reason}
            options={[
              { value: '', label: t('huishoudens.form.choose') },
              ...reasons.map((r) => ({ value: r, label: t(`huishoudens.closeReasons.${r}`) })),
            ]}
          />
          <div>
            <Button appearance="secondary-action-button" type="submit">
              {t('huishoudens.privacy.close')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}

function EraseForm({ household: h }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [typed, setTyped] = useState('');
  const eraser = useSave(
    (confirmReference: string) => householdChanges.erase(h.id, confirmReference),
    async () => {
      await refreshBeforeReturning(
        client,
        { erased: householdKeys.one(h.id), list: householdKeys.listAll, all: householdKeys.all },
        () =>
          navigate('/huishoudens', {
            state: { message: t('huishoudens.privacy.erased', { reference: h.reference }) },
          }),
      );
    },
  );
  const { errors, setFieldErrors, summaryRef } = eraser;
  const erase = (e: FormEvent) => {
    e.preventDefault();
    if (typed !== h.reference)
      return setFieldErrors({ confirmReference: t('huishoudens.privacy.eraseMismatch') });
    eraser.save(typed);
  };
  return (
    <>
      <Heading level={3} className="ww-heading-small">
        {t('huishoudens.privacy.eraseTitle')}
      </Heading>
      <Paragraph>{t('huishoudens.privacy.eraseIntro')}</Paragraph>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        idPrefix="erase-"
        labels={{
          confirmReference: t('huishoudens.privacy.eraseConfirm', { reference: h.reference }),
        }}
      />
      <form onSubmit={erase} noValidate className="ww-form">
        <TextField
          name="confirmReference"
          idPrefix="erase-"
          label={t('huishoudens.privacy.eraseConfirm', { reference: h.reference })}
          value={typed}
          onChange={setTyped}
          error={errors.fields.confirmReference}
          autoComplete="off"
        />
        <div>
          <Button appearance="secondary-action-button" type="submit">
            {t('huishoudens.privacy.erase')}
          </Button>
        </div>
      </form>
    </>
  );
}
