import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import type { z } from 'zod';
import { specialistTopics, type specialistSchema } from '../../../contract/catalogue';
import { patch, post } from '../../api/client';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/Layout';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';
import { CheckedConfirmation } from './VersionedEntry';

export type Specialist = z.infer<typeof specialistSchema>;

type SpecialistDraft = {
  name: string;
  function: string;
  phone: string;
  email: string;
  note: string;
};
type DraftField = {
  name: keyof SpecialistDraft;
  label: string;
  hint?: string;
  type?: 'tel' | 'email';
  autoComplete?: string;
};

const empty: SpecialistDraft = { name: '', function: '', phone: '', email: '', note: '' };

/** Who the specialist is (before the topics and gemeenten), then how to reach them (after). */
const WHO_FIELDS: DraftField[] = [
  { name: 'name', label: 'wegwijzer.specialists.name', autoComplete: 'off' },
  { name: 'function', label: 'wegwijzer.specialists.function' },
];
const REACH_FIELDS: DraftField[] = [
  { name: 'phone', label: 'wegwijzer.offer.contactPhone', type: 'tel', autoComplete: 'off' },
  { name: 'email', label: 'wegwijzer.offer.contactEmail', type: 'email', autoComplete: 'off' },
  { name: 'note', label: 'wegwijzer.specialists.note', hint: 'wegwijzer.specialists.noteHint' },
];

function draftOf(specialist: Specialist | undefined): SpecialistDraft {
  if (!specialist) return empty;
  return {
    name: specialist.name,
    function: specialist.function,
    phone: specialist.phone ?? '',
    email: specialist.email ?? '',
    note: specialist.note ?? '',
  };
}

/** The request body: an empty phone or e-mail is none. */
function specialistBody(
  form: SpecialistDraft,
  topics: string[],
  gemeenten: string[],
  checked: boolean,
) {
  const phone = form.phone.trim() || null;
  const email = form.email.trim() || null;
  return { ...form, phone, email, topics, gemeenten, checked };
}

/**
 * The specialist form's state and saving (a change, or a new specialist, after which the form
 * is empty again for the next one).
 */
function useSpecialistForm(specialist: Specialist | undefined, onDone: (() => void) | undefined) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const [form, setForm] = useState(() => draftOf(specialist));
  const [topics, setTopics] = useState<string[]>(specialist?.topics ?? []);
  const [checked, setChecked] = useState(false);
  const [gemeenten, setGemeenten] = useState<string[]>(
    specialist?.gemeenten.map((g) => g.code) ?? me.organisation.gemeenten.map((g) => g.code),
  );
  const set = (key: keyof SpecialistDraft) => (value: string) => setForm({ ...form, [key]: value });
  const saving = useSave(
    async (body: ReturnType<typeof specialistBody>) => {
      if (specialist) await patch(`/api/v1/specialists/${specialist.id}`, body);
      else await post('/api/v1/specialists', body);
    },
    async (_, body) => {
      setChecked(false);
      setSaved(t('wegwijzer.specialists.saved', { name: body.name }));
      if (!specialist) {
        setForm(empty);
        setTopics([]);
      }
      await client.invalidateQueries({ queryKey: ['specialists'] });
      onDone?.();
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.save(specialistBody(form, topics, gemeenten, checked));
  };
  return {
    form,
    set,
    topics,
    setTopics,
    gemeenten,
    setGemeenten,
    checked,
    setChecked,
    saved,
    saving,
    submit,
  };
}

/** Add a specialist, or change one (on the manage page); confirms it is still right when asked. */
export function SpecialistForm({
  specialist,
  onDone,
}: {
  specialist?: Specialist;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const state = useSpecialistForm(specialist, onDone);
  const { errors, summaryRef } = state.saving;
  const idPrefix = specialist ? `s-${specialist.id.slice(0, 8)}-` : 'new-';
  const textFields = (fields: DraftField[]) =>
    fields.map((f) => (
      <TextField
        key={f.name}
        idPrefix={idPrefix}
        name={f.name}
        type={f.type}
        label={t(f.label)}
        description={f.hint && t(f.hint)}
        value={state.form[f.name]}
        onChange={state.set(f.name)}
        error={errors.fields[f.name]}
        autoComplete={f.autoComplete}
      />
    ));
  return (
    <section aria-labelledby={`${idPrefix}title`}>
      <Heading level={2} id={`${idPrefix}title`}>
        {specialist
          ? t('wegwijzer.specialists.edit', { name: specialist.name })
          : t('wegwijzer.specialists.add')}
      </Heading>
      {state.saved && <StatusMessage>{state.saved}</StatusMessage>}
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        idPrefix={idPrefix}
        labels={{
          ...Object.fromEntries([...WHO_FIELDS, ...REACH_FIELDS].map((f) => [f.name, t(f.label)])),
          topics: t('wegwijzer.specialists.topics'),
          gemeenten: t('wegwijzer.offer.gemeenten'),
        }}
      />
      <form onSubmit={state.submit} noValidate className="ww-form">
        {textFields(WHO_FIELDS)}
        <CheckboxGroup
          idPrefix={idPrefix}
          name="topics"
          legend={t('wegwijzer.specialists.topics')}
          options={specialistTopics.map((x) => ({ value: x, label: t(`wegwijzer.topics.${x}`) }))}
          value={state.topics}
          onChange={state.setTopics}
          error={errors.fields.topics}
        />
        <CheckboxGroup
          idPrefix={idPrefix}
          name="gemeenten"
          legend={t('wegwijzer.offer.gemeenten')}
          options={me.organisation.gemeenten.map((g) => ({ value: g.code, label: g.name }))}
          value={state.gemeenten}
          onChange={state.setGemeenten}
          error={errors.fields.gemeenten}
        />
        {textFields(REACH_FIELDS)}
        <CheckedConfirmation
          checked={state.checked}
          onChange={state.setChecked}
          idPrefix={idPrefix}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {specialist ? t('common.save') : t('wegwijzer.specialists.addButton')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
