import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { CASE_TEXT_MAX, perspectives, type Perspective } from '../../../contract/case-dialogues';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/session';
import { AcknowledgeWarning } from '../../components/AcknowledgeWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { caseDialogueKeys, createCaseDialogue } from './casusdialoog-api';

type Form = {
  teamId: string;
  title: string;
  caseDescription: string;
  dilemma: string;
  perspectives: Record<Perspective, string>;
  values: string;
  decision: string;
};

/** The structured format: case, dilemma, four perspectives, values at stake, what we will do. */
export function NewCaseDialoguePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { form, set, setPerspective, warned, acknowledged, setAcknowledged, saving, submit } =
    useCaseDialogueForm(me.teams[0]?.id ?? '');
  const { errors } = saving;
  const { labels, valuesError } = useErrorLabels(errors.fields);
  const area = (name: string, key: 'caseDescription' | 'dilemma' | 'decision', hint: string) => (
    <CaseArea
      name={name}
      label={t(`casusdialoog.${key}`)}
      hint={t(hint)}
      value={form[key]}
      onChange={set(key)}
      error={errors.fields[name]}
    />
  );
  return (
    <>
      <Intro />
      <ErrorSummary errors={errors} summaryRef={saving.summaryRef} labels={labels} />
      <form onSubmit={submit} noValidate className="ww-form">
        <SelectField
          name="teamId"
          label={t('casusdialoog.team')}
          value={form.teamId}
          onChange={set('teamId')}
          options={me.teams.map((team) => ({ value: team.id, label: team.name }))}
          error={errors.fields.teamId}
        />
        <TextField
          name="title"
          label={t('casusdialoog.titleField')}
          description={t('casusdialoog.titleHint')}
          value={form.title}
          maxLength={120}
          onChange={set('title')}
          error={errors.fields.title}
        />
        {area('data.caseDescription', 'caseDescription', 'casusdialoog.caseHint')}
        {area('data.dilemma', 'dilemma', 'casusdialoog.dilemmaHint')}
        <PerspectiveFields
          values={form.perspectives}
          onChange={setPerspective}
          errors={errors.fields}
        />
        <TextAreaField
          name="data.values"
          label={t('casusdialoog.values')}
          description={t('casusdialoog.valuesHint')}
          value={form.values}
          rows={3}
          onChange={set('values')}
          error={valuesError?.[1]}
        />
        {area('data.decision', 'decision', 'casusdialoog.decisionHint')}
        {warned && (
          <AcknowledgeWarning
            id="cd-acknowledge"
            label={t('casusdialoog.acknowledge')}
            checked={acknowledged}
            onChange={setAcknowledged}
          />
        )}
        <div>
          <Button appearance="primary-action-button" type="submit" disabled={saving.busy}>
            {t('casusdialoog.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * The form's state and its save. When the server holds the text back because it names a
 * household of the team, the user must acknowledge that before saving again.
 */
function useCaseDialogueForm(teamId: string) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, setForm] = useState<Form>({
    teamId,
    title: '',
    caseDescription: '',
    dilemma: '',
    perspectives: { household: '', professional: '', organisation: '', society: '' },
    values: '',
    decision: '',
  });
  const [warned, setWarned] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const saving = useSave(
    async (sent: Form) => {
      try {
        return await createCaseDialogue(toRequest(sent, warned && acknowledged));
      } catch (error) {
        if (error instanceof ApiError && error.problem.code === 'household_reference') {
          setWarned(true);
          setAcknowledged(false);
        }
        throw error;
      }
    },
    async ({ id }) => {
      await client.invalidateQueries({ queryKey: caseDialogueKeys.all });
      await navigate(`/kaarten/casusdialoog/${id}`);
    },
  );
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const setPerspective = (p: Perspective, v: string) =>
    setForm((f) => ({ ...f, perspectives: { ...f.perspectives, [p]: v } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.save(form);
  };
  return { form, set, setPerspective, warned, acknowledged, setAcknowledged, saving, submit };
}

/** The values field is one text, a value a line; the API takes the non-empty lines. */
function toRequest(sent: Form, acknowledgeWarnings: boolean) {
  return {
    teamId: sent.teamId,
    title: sent.title,
    data: {
      caseDescription: sent.caseDescription,
      dilemma: sent.dilemma,
      perspectives: sent.perspectives,
      values: sent.values
        .split('\n')
        .map((v) => v.trim())
        .filter(Boolean),
      decision: sent.decision,
    },
    acknowledgeWarnings,
  };
}

/** Names for the error summary; an error on one value line belongs to the values field. */
function useErrorLabels(fields: Record<string, string>) {
  const { t } = useTranslation();
  const valuesError = Object.entries(fields).find(([k]) => k.startsWith('data.values'));
  const labels: Record<string, string> = {
    teamId: t('casusdialoog.team'),
    title: t('casusdialoog.titleField'),
    'data.caseDescription': t('casusdialoog.caseDescription'),
    'data.dilemma': t('casusdialoog.dilemma'),
    'data.decision': t('casusdialoog.decision'),
    ...Object.fromEntries(
      perspectives.map((p) => [`data.perspectives.${p}`, t(`casusdialoog.perspective.${p}`)]),
    ),
    ...(valuesError ? { [valuesError[0]]: t('casusdialoog.values') } : {}),
  };
  return { labels, valuesError };
}

function Intro() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('casusdialoog.new')} />
      <p>
        <RouterLink to="/kaarten/casusdialoog">{t('casusdialoog.back')}</RouterLink>
      </p>
      <Heading level={1}>{t('casusdialoog.new')}</Heading>
      <Paragraph lead>{t('casusdialoog.intro')}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('casusdialoog.noNames')}</Paragraph>
        <Paragraph>{t('casusdialoog.checkExplained')}</Paragraph>
      </Alert>
    </>
  );
}

/** One of the format's free-text parts, with its hint. */
function CaseArea({
  name,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  return (
    <TextAreaField
      name={name}
      label={label}
      description={hint}
      value={value}
      maxLength={CASE_TEXT_MAX}
      rows={4}
      onChange={onChange}
      error={error}
    />
  );
}

function PerspectiveFields({
  values,
  onChange,
  errors,
}: {
  values: Record<Perspective, string>;
  onChange: (p: Perspective, v: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={2}>{t('casusdialoog.perspectives')}</Heading>
      {perspectives.map((p) => (
        <div key={p}>
          <CaseArea
            name={`data.perspectives.${p}`}
            label={t(`casusdialoog.perspective.${p}`)}
            hint={t('casusdialoog.perspectiveHint')}
            value={values[p]}
            onChange={(v) => onChange(p, v)}
            error={errors[`data.perspectives.${p}`]}
          />
        </div>
      ))}
    </>
  );
}

/** Shown after the server warned that the text names a household: save anyway. */
