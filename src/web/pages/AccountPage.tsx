import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { okSchema } from '../../contract/common';
import { sendJson } from '../api/client';
import { useMe } from '../api/session';
import { ErrorSummary } from '../components/ErrorSummary';
import { StatusMessage } from '../components/Layout';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { useSave } from '../hooks/useSave';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageTitle title={t('account.title')} />
      <Heading level={1}>{t('account.title')}</Heading>
      <DataList>
        <Item label={t('account.name')} value={me.name} />
        <Item label={t('account.email')} value={me.email} />
        <Item label={t('account.role')} value={t(`roles.${me.role}`)} />
        <Item label={t('account.organisation')} value={me.organisation.name} />
        <Item
          label={t('account.teams')}
          value={me.teams.length ? me.teams.map((x) => x.name).join(', ') : t('account.noTeams')}
        />
      </DataList>
      <ChangePassword />
    </>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue value={value}>{value}</DataListValue>
    </DataListItem>
  );
}

function ChangePassword() {
  const { t } = useTranslation();
  const empty = { currentPassword: '', newPassword: '', repeat: '' };
  const [form, setForm] = useState(empty);
  const [done, setDone] = useState(false);
  const { errors, setFieldErrors, summaryRef, save, busy } = useSave(
    (body: { currentPassword: string; newPassword: string }) =>
      sendJson('PUT', '/api/v1/me/password', body, okSchema),
    () => {
      setForm(empty);
      setDone(true);
    },
  );
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (form.newPassword !== form.repeat) return setFieldErrors({ repeat: t('password.mismatch') });
    save({ currentPassword: form.currentPassword, newPassword: form.newPassword });
  };

  return (
    <section aria-labelledby="change-password">
      <Heading level={2} id="change-password">
        {t('account.changePassword')}
      </Heading>
      <Paragraph>{t('account.changePasswordIntro')}</Paragraph>
      {done && <StatusMessage>{t('account.passwordChanged')}</StatusMessage>}
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={{
          currentPassword: t('account.currentPassword'),
          newPassword: t('account.newPassword'),
          repeat: t('account.repeatPassword'),
        }}
      />
      <form onSubmit={(e) => void submit(e)} noValidate className="ww-form ww-form--narrow">
        <TextField
          name="currentPassword"
          label={t('account.currentPassword')}
          type="password"
          value={form.currentPassword}
          onChange={set('currentPassword')}
          error={errors.fields.currentPassword}
          autoComplete="current-password"
          required
        />
        <TextField
          name="newPassword"
          label={t('account.newPassword')}
          description={t('password.rules')}
          type="password"
          value={form.newPassword}
          onChange={set('newPassword')}
          error={errors.fields.newPassword}
          autoComplete="new-password"
          required
        />
        <TextField
          name="repeat"
          label={t('account.repeatPassword')}
          type="password"
          value={form.repeat}
          onChange={set('repeat')}
          error={errors.fields.repeat}
          autoComplete="new-password"
          required
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {t('account.savePassword')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
