import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
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
import { z } from 'zod';
import { teamSchema, userSummarySchema } from '../../../contract/admin';
import { roles } from '../../../contract/common';
import { getJson, sendJson } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { AdminNav, StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useSave } from '../../hooks/useSave';

export const useTeams = () =>
  useQuery({ queryKey: ['teams'], queryFn: () => getJson('/api/v1/teams', z.array(teamSchema)) });
export const useUsers = () =>
  useQuery({
    queryKey: ['users'],
    queryFn: () => getJson('/api/v1/users', z.array(userSummarySchema)),
  });

type UserSummary = z.infer<typeof userSummarySchema>;

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <PageTitle title={t('users.title')} />
      <AdminNav />
      <Heading level={1}>{t('users.title')}</Heading>
      {created && <StatusMessage>{t('users.created', { name: created })}</StatusMessage>}
      <QueryState query={users}>{(list) => <UsersTable list={list} />}</QueryState>
      <NewUserForm onCreated={setCreated} />
    </>
  );
}

function UsersTable({ list }: { list: UserSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('users.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('users.email')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('users.role')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('users.teams')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('users.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {list.map((u) => (
          <TableRow key={u.id}>
            <TableCell>
              <RouterLink to={`/beheer/accounts/${u.id}`}>{u.name}</RouterLink>
            </TableCell>
            <TableCell>{u.email}</TableCell>
            <TableCell>{t(`roles.${u.role}`)}</TableCell>
            <TableCell>{u.teams.map((x) => x.name).join(', ') || '—'}</TableCell>
            <TableCell>
              {!u.active ? t('users.inactive') : u.locked ? t('users.locked') : t('users.active')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const emptyUser = { name: '', email: '', role: 'sociaal_werker', password: '' };

/** The new account's fields and its creation; on success the form is empty again. */
function useNewUser(onCreated: (name: string) => void) {
  const client = useQueryClient();
  const [form, setForm] = useState(emptyUser);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const creating = useSave(
    (body: typeof form & { teamIds: string[] }) =>
      sendJson('POST', '/api/v1/users', body, userSummarySchema),
    async (user) => {
      onCreated(user.name);
      setForm(emptyUser);
      setTeamIds([]);
      await client.invalidateQueries({ queryKey: ['users'] });
    },
  );
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  return { form, set, teamIds, setTeamIds, creating };
}

function NewUserForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const { form, set, teamIds, setTeamIds, creating } = useNewUser(onCreated);
  const { errors, summaryRef, busy } = creating;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    creating.save({ ...form, teamIds });
  };

  return (
    <section aria-labelledby="new-user">
      <Heading level={2} id="new-user">
        {t('users.new')}
      </Heading>
      <Paragraph>{t('users.newIntro')}</Paragraph>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={{
          name: t('users.name'),
          email: t('users.email'),
          role: t('users.role'),
          teamIds: t('users.teams'),
          password: t('users.startPassword'),
        }}
      />
      <form onSubmit={submit} noValidate className="ww-form">
        <TextField
          name="name"
          label={t('users.name')}
          value={form.name}
          onChange={set('name')}
          error={errors.fields.name}
          required
        />
        <TextField
          name="email"
          label={t('users.email')}
          type="email"
          value={form.email}
          onChange={set('email')}
          error={errors.fields.email}
          autoComplete="off"
          required
        />
        <SelectField
          name="role"
          label={t('users.role')}
          value={form.role}
          onChange={set('role')}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={errors.fields.role}
          description={t('users.roleDescription')}
        />
        <TeamChoice value={teamIds} onChange={setTeamIds} error={errors.fields.teamIds} />
        <TextField
          name="password"
          label={t('users.startPassword')}
          description={t('users.startPasswordDescription')}
          type="password"
          value={form.password}
          onChange={set('password')}
          error={errors.fields.password}
          autoComplete="new-password"
          required
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {t('users.create')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** The active teams to put a new account in; nothing when there are none yet. */
function TeamChoice({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (teamIds: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  if (!teams.data || teams.data.length === 0) return null;
  return (
    <CheckboxGroup
      name="teamIds"
      legend={t('users.teams')}
      options={teams.data.filter((x) => !x.archived).map((x) => ({ value: x.id, label: x.name }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
