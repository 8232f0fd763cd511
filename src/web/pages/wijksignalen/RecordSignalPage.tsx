import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { consentHows } from '../../../contract/households';
import { SIGNAL_NOTE_MAX } from '../../../contract/neighbourhood-signals';
import { useMe } from '../../api/session';
import { useSignalChecklist, type SignalChecklistDetail } from '../../api/signal-checklists';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useLanguage } from '../../hooks/useLanguage';
import { useSave } from '../../hooks/useSave';
import { todayIso } from '../../today';
import { fetchHouseholds, householdKeys } from '../huishoudens/households-api';
import { recordSignal, recordSignalWithNewHousehold } from './wijkmelding-api';

/** Record the signals of a checklist on a household you work with, or as a new one. */
export function RecordSignalPage() {
  const { setting = '' } = useParams();
  const list = useSignalChecklist(setting);
  return <QueryState query={list}>{(l) => <RecordSignalForm list={l} />}</QueryState>;
}

type Form = {
  signalIds: string[];
  seenOn: string;
  note: string;
  /** '' is a new household. */
  householdId: string;
  reference: string;
  label: string;
  gemeente: string;
  consentHow: string;
  consentGivenAt: string;
};

function useRecordForm(list: SignalChecklistDetail, gemeente: string) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const today = todayIso();
  const [form, setForm] = useState<Form>({
    signalIds: [],
    seenOn: today,
    note: '',
    householdId: '',
    reference: '',
    label: '',
    gemeente,
    consentHow: 'mondeling',
    consentGivenAt: today,
  });
  const me = useMe();
  const saving = useSave(
    (f: Form) => {
      const seen = {
        setting: list.id,
        signalIds: f.signalIds,
        seenOn: f.seenOn,
        note: f.note.trim() || null,
      };
      if (f.householdId) return recordSignal(f.householdId, seen);
      const place = me.organisation.gemeenten.find((g) => g.code === f.gemeente);
      return recordSignalWithNewHousehold({
        ...seen,
        household: {
          reference: f.reference,
          label: f.label,
          gemeente: place ?? { code: f.gemeente, name: f.gemeente },
        },
        consent: { how: f.consentHow as (typeof consentHows)[number], givenAt: f.consentGivenAt },
      });
    },
    async ({ householdId }) => {
      await client.invalidateQueries({ queryKey: householdKeys.all });
      await navigate(`/huishoudens/${householdId}`, { state: { signalRecorded: true } });
    },
  );
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.save(form);
  };
  return { form, set, saving, submit };
}

function RecordSignalForm({ list }: { list: SignalChecklistDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const me = useMe();
  const households = useQuery({
    queryKey: householdKeys.list(false),
    queryFn: () => fetchHouseholds(false),
  });
  const { form, set, saving, submit } = useRecordForm(
    list,
    me.organisation.gemeenten[0]?.code ?? '',
  );
  const { errors } = saving;
  const title = t('wijkmelding.record.title', { setting: list.title[lang] });
  const labels = useRecordLabels();
  const isNew = form.householdId === '';
  return (
    <>
      <PageTitle title={title} />
      <p>
        <RouterLink to={`/wijksignalen/${list.id}`}>{t('wijkmelding.backToList')}</RouterLink>
      </p>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('wijkmelding.record.intro')}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('wijkmelding.record.noNames')}</Paragraph>
      </Alert>
      <ErrorSummary errors={errors} summaryRef={saving.summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate className="ww-form">
        <CheckboxGroup
          name="signalIds"
          legend={t('wijkmelding.record.signals')}
          options={list.lookFor.map((s) => ({ value: s.id, label: s.text[lang] }))}
          value={form.signalIds}
          onChange={set('signalIds')}
          error={errors.fields.signalIds}
        />
        <TextField
          name="seenOn"
          type="date"
          label={t('wijkmelding.record.seenOn')}
          value={form.seenOn}
          onChange={set('seenOn')}
          error={errors.fields.seenOn}
        />
        <TextAreaField
          name="note"
          label={t('wijkmelding.record.note')}
          description={t('wijkmelding.record.noteHint')}
          value={form.note}
          rows={3}
          maxLength={SIGNAL_NOTE_MAX}
          onChange={set('note')}
          error={errors.fields.note}
        />
        <QueryState query={households}>
          {(rows) => (
            <SelectField
              name="householdId"
              label={t('wijkmelding.record.household')}
              description={t('wijkmelding.record.householdHint')}
              value={form.householdId}
              onChange={set('householdId')}
              options={[
                { value: '', label: t('wijkmelding.record.newHousehold') },
                ...rows.map((h) => ({ value: h.id, label: `${h.reference} – ${h.label}` })),
              ]}
            />
          )}
        </QueryState>
        {isNew && <NewHouseholdFields form={form} set={set} errors={errors.fields} />}
        <div>
          <Button appearance="primary-action-button" type="submit" disabled={saving.busy}>
            {t('wijkmelding.record.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** Names for the error summary, the way the form names its fields. */
function useRecordLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
    signalIds: t('wijkmelding.record.signals'),
    seenOn: t('wijkmelding.record.seenOn'),
    note: t('wijkmelding.record.note'),
    'household.reference': t('wijkmelding.record.reference'),
    'household.label': t('wijkmelding.record.label'),
    'household.gemeente': t('wijkmelding.record.gemeente'),
    'consent.givenAt': t('wijkmelding.record.consentGivenAt'),
  };
}

/** Only what a new pseudonymous household needs: reference, label, gemeente and the consent. */
function NewHouseholdFields({
  form,
  set,
  errors,
}: {
  form: Form;
  set: <K extends keyof Form>(key: K) => (value: Form[K]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <Heading level={2}>{t('wijkmelding.record.newHousehold')}</Heading>
      <TextField
        name="household.reference"
        label={t('wijkmelding.record.reference')}
        description={t('wijkmelding.record.referenceHint')}
        value={form.reference}
        maxLength={40}
        onChange={set('reference')}
        error={errors['household.reference']}
      />
      <TextField
        name="household.label"
        label={t('wijkmelding.record.label')}
        description={t('wijkmelding.record.labelHint')}
        value={form.label}
        maxLength={40}
        onChange={set('label')}
        error={errors['household.label']}
      />
      <SelectField
        name="household.gemeente"
        label={t('wijkmelding.record.gemeente')}
        value={form.gemeente}
        onChange={set('gemeente')}
        options={me.organisation.gemeenten.map((g) => ({ value: g.code, label: g.name }))}
        error={errors['household.gemeente']}
      />
      <Paragraph>{t('wijkmelding.record.consentIntro')}</Paragraph>
      <SelectField
        name="consent.how"
        label={t('wijkmelding.record.consentHow')}
        value={form.consentHow}
        onChange={set('consentHow')}
        options={consentHows.map((h) => ({ value: h, label: t(`huishoudens.consent.hows.${h}`) }))}
      />
      <TextField
        name="consent.givenAt"
        type="date"
        label={t('wijkmelding.record.consentGivenAt')}
        value={form.consentGivenAt}
        onChange={set('consentGivenAt')}
        error={errors['consent.givenAt']}
      />
    </>
  );
}
