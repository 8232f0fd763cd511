import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { CASE_TEXT_MAX, perspectives, type Perspective } from '../../../contract/case-dialogues';
import { ApiError } from '../../api/client';
import { useMe } from '../../api/session';
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
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, setForm] = useState<Form>({
    teamId: me.teams[0]?.id ?? '',
    title: '',
    caseDescription: '',
    dilemma: '',
    perspectives: { household: '', professional: '', organisation: '', society: '' },
    values: '',
    decision: '',
  });
  // Set when the server held the text back because it names a household of the team.
  const [warned, setWarned] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);

  const saving = useSave(
    async (sent: Form) => {
      try {
        return await createCaseDialogue({
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
          acknowledgeWarnings: warned && acknowledged,
        });
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
  const { errors } = saving;
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.save(form);
  };
  const valuesError = Object.entries(errors.fields).find(([k]) => k.startsWith('data.values'));
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
  const area = (
    name: string,
    label: string,
    hint: string,
    value: string,
    onChange: (v: string) => void,
  ) => (
    <TextAreaField
      name={name}
      label={label}
      description={hint}
      value={value}
      maxLength={CASE_TEXT_MAX}
      rows={4}
      onChange={onChange}
      error={errors.fields[name]}
    />
  );

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
        {area(
          'data.caseDescription',
          t('casusdialoog.caseDescription'),
          t('casusdialoog.caseHint'),
          form.caseDescription,
          set('caseDescription'),
        )}
        {area(
          'data.dilemma',
          t('casusdialoog.dilemma'),
          t('casusdialoog.dilemmaHint'),
          form.dilemma,
          set('dilemma'),
        )}
        <Heading level={2}>{t('casusdialoog.perspectives')}</Heading>
        {perspectives.map((p) => (
          <div key={p}>
            {area(
              `data.perspectives.${p}`,
              t(`casusdialoog.perspective.${p}`),
              t('casusdialoog.perspectiveHint'),
              form.perspectives[p],
              (v) => setForm((f) => ({ ...f, perspectives: { ...f.perspectives, [p]: v } })),
            )}
          </div>
        ))}
        <TextAreaField
          name="data.values"
          label={t('casusdialoog.values')}
          description={t('casusdialoog.valuesHint')}
          value={form.values}
          rows={3}
          onChange={set('values')}
          error={valuesError?.[1]}
        />
        {area(
          'data.decision',
          t('casusdialoog.decision'),
          t('casusdialoog.decisionHint'),
          form.decision,
          set('decision'),
        )}
        {warned && (
          <p>
            <FormLabel htmlFor="cd-acknowledge" type="checkbox">
              <Checkbox
                id="cd-acknowledge"
                checked={acknowledged}
                onChange={(e) => setAcknowledged(e.target.checked)}
              />{' '}
              {t('casusdialoog.acknowledge')}
            </FormLabel>
          </p>
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
