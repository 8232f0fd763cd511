import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Navigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { post } from '../api/client';
import { sessionKey, useSession } from '../api/session';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { GemeenteCombobox, gemeenteName } from '../components/GemeenteCombobox';
import {
  GemeenteList,
  type GemeenteFieldsProps,
  type GemeenteRow,
} from '../components/GemeenteList';
import { TextField } from '../components/TextField';
import type { FormErrors } from '../hooks/useFormErrors';
import { useSave } from '../hooks/useSave';

type SetupForm = typeof emptyForm;
type SetField = (key: keyof SetupForm) => (value: string) => void;

const emptyForm = {
  koepelName: '',
  organisationName: '',
  adminName: '',
  adminEmail: '',
  adminPassword: '',
};

export function SetupPage() {
  const { t } = useTranslation();
  const { data: session, isPending } = useSession();
  const client = useQueryClient();
  const [completed, setCompleted] = useState(false);
  const [form, setForm] = useState(emptyForm);
  const [gemeenten, setGemeenten] = useState<GemeenteRow[]>([{ code: '', name: '' }]);
  const { errors, summaryRef, save, busy } = useSave(
    (body: unknown) => post('/api/v1/setup', body),
    () => {
      setCompleted(true);
      if (session) client.setQueryData(sessionKey, { ...session, setupRequired: false });
    },
  );

  if (completed) return <Navigate to="/inloggen" replace state={{ setupDone: true }} />;
  if (isPending) return <Loading />;
  if (session && !session.setupRequired) return <Navigate to="/inloggen" replace />;

  const set: SetField = (key) => (value) => setForm({ ...form, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({
      ...(form.koepelName.trim() ? { koepelName: form.koepelName } : {}),
      organisationName: form.organisationName,
      gemeenten,
      admin: { name: form.adminName, email: form.adminEmail, password: form.adminPassword },
    });
  };

  return (
    <>
      <PageTitle title={t('setup.title')} />
      <Heading level={1}>{t('setup.title')}</Heading>
      <Paragraph lead>{t('setup.intro')}</Paragraph>
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={setupLabels(t, gemeenten)} />
      <form onSubmit={submit} noValidate className="ww-form">
        <OrganisationFields form={form} set={set} errors={errors} />
        <GemeenteFields gemeenten={gemeenten} setGemeenten={setGemeenten} errors={errors} />
        <AdminFields form={form} set={set} errors={errors} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {t('setup.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Field name (as the API names it) → the label the form shows, for the error summary. */
function setupLabels(t: TFunction, gemeenten: GemeenteRow[]) {
  const labels: Record<string, string> = {
    koepelName: t('setup.koepelName'),
    organisationName: t('setup.organisationName'),
    'admin.name': t('setup.adminName'),
    'admin.email': t('setup.adminEmail'),
    'admin.password': t('setup.adminPassword'),
    gemeenten: t('setup.gemeenten'),
  };
  gemeenten.forEach((_, i) => {
    labels[`gemeenten.${i}.code`] = t('setup.gemeenteN', { n: i + 1 });
    labels[`gemeenten.${i}.name`] = t('setup.gemeenteN', { n: i + 1 });
  });
  return labels;
}

type FieldsProps = { form: SetupForm; set: SetField; errors: FormErrors };

function OrganisationFields({ form, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('setup.organisationLegend')}</FieldsetLegend>
      <TextField
        name="organisationName"
        label={t('setup.organisationName')}
        value={form.organisationName}
        onChange={set('organisationName')}
        error={errors.fields.organisationName}
        autoComplete="organization"
        required
      />
      <TextField
        name="koepelName"
        label={t('setup.koepelName')}
        description={t('setup.koepelDescription')}
        value={form.koepelName}
        onChange={set('koepelName')}
        error={errors.fields.koepelName}
      />
    </Fieldset>
  );
}

function GemeenteFields({ gemeenten, setGemeenten, errors }: GemeenteFieldsProps) {
  const { t } = useTranslation();
  return (
    <GemeenteList
      rows={gemeenten}
      setRows={setGemeenten}
      description={t('setup.gemeentenDescription')}
      fields={(g, i, change) => (
        // The picker gives the CBS code; the name comes from the same register.
        <GemeenteCombobox
          name={`gemeenten.${i}.code`}
          label={t('setup.gemeenteN', { n: i + 1 })}
          value={g.code}
          onChange={(code) => change({ code, name: gemeenteName(code) })}
          error={errors.fields[`gemeenten.${i}.code`] ?? errors.fields[`gemeenten.${i}.name`]}
        />
      )}
    />
  );
}

function AdminFields({ form, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('setup.adminLegend')}</FieldsetLegend>
      <TextField
        name="admin.name"
        label={t('setup.adminName')}
        value={form.adminName}
        onChange={set('adminName')}
        error={errors.fields['admin.name']}
        autoComplete="name"
        required
      />
      <TextField
        name="admin.email"
        label={t('setup.adminEmail')}
        type="email"
        value={form.adminEmail}
        onChange={set('adminEmail')}
        error={errors.fields['admin.email']}
        autoComplete="email"
        required
      />
      <TextField
        name="admin.password"
        label={t('setup.adminPassword')}
        description={t('password.rules')}
        type="password"
        value={form.adminPassword}
        onChange={set('adminPassword')}
        error={errors.fields['admin.password']}
        autoComplete="new-password"
        required
      />
    </Fieldset>
  );
}
