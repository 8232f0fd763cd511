import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Code,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { resetLinkSchema, userSummarySchema, type UserSummary } from '../../../contract/admin';
import { roles } from '../../../contract/common';
import { sendJson } from '../../api/client';
import { useMe } from '../../api/session';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { AdminNav, StatusMessage } from '../../components/Layout';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { FormErrors } from '../../hooks/useFormErrors';
import { useSave } from '../../hooks/useSave';
import { useTeams, useUsers } from './UsersPage';

export function UserEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const users = useUsers();
  return (
    <>
      <AdminNav />
      <QueryState query={users}>
        {(list) => {
          const user = list.find((u) => u.id === id);
          if (!user) {
            return (
              <>
                <PageTitle title={t('errors.notFoundTitle')} />
                <Heading level={1}>{t('errors.notFoundTitle')}</Heading>
                <Paragraph>
                  <RouterLink to="/beheer/accounts">{t('users.back')}</RouterLink>
                </Paragraph>
              </>
            );
          }
          return <EditUser user={user} />;
        }}
      </QueryState>
    </>
  );
}

type Run = (send: () => Promise<unknown>, message: string) => void;

function EditUser({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const self = user.id === me.id;

  // Every change on this page (details, reset link, activation) reports in the same two places.
  const {
    errors,
    summaryRef,
    save: saveStep,
    busy,
  } = useSave(
    (step: { send: () => Promise<unknown>; message: string }) => step.send(),
    async (_, step) => {
      setSaved(step.message);
      await client.invalidateQueries({ queryKey: ['users'] });
    },
  );
  const run: Run = (send, message) => {
    setSaved(null);
    saveStep({ send, message });
  };
  const changeUser = (body: object) =>
    sendJson('PATCH', `/api/v1/users/${user.id}`, body, userSummarySchema);

  return (
    <>
      <PageTitle title={t('users.editTitle', { name: user.name })} />
      <Heading level={1}>{t('users.editTitle', { name: user.name })}</Heading>
      <Paragraph>
        {user.email} ·{' '}
        {!user.active ? t('users.inactive') : user.locked ? t('users.locked') : t('users.active')}
      </Paragraph>
      {saved && <StatusMessage>{saved}</StatusMessage>}
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={{ name: t('users.name'), role: t('users.role'), teamIds: t('users.teams') }}
      />
      <UserDetailsForm
        user={user}
        self={self}
        errors={errors}
        busy={busy}
        onSave={(body) => run(() => changeUser(body), t('users.saved'))}
      />
      <ResetLinkSection user={user} run={run} />
      {!self && (
        <ActivationSection
          active={user.active}
          toggle={() =>
            run(
              () => changeUser({ active: !user.active }),
              user.active ? t('users.deactivated') : t('users.activated'),
            )
          }
        />
      )}
      <Paragraph>
        <RouterLink to="/beheer/accounts">{t('users.back')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** Name, role (not for one's own account) and teams. */
function UserDetailsForm({
  user,
  self,
  errors,
  busy,
  onSave,
}: {
  user: UserSummary;
  self: boolean;
  errors: FormErrors;
  busy: boolean;
  onSave: (body: { name: string; role: string; teamIds: string[] }) => void;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<string>(user.role);
  const [teamIds, setTeamIds] = useState(user.teams.map((x) => x.id));

  useEffect(() => setName(user.name), [user.name]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    onSave({ name, role, teamIds });
  };

  return (
    <form onSubmit={save} noValidate className="ww-form">
      <TextField
        name="name"
        label={t('users.name')}
        value={name}
        onChange={setName}
        error={errors.fields.name}
        required
      />
      {!self && (
        <SelectField
          name="role"
          label={t('users.role')}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={errors.fields.role}
        />
      )}
      {teams.data && teams.data.length > 0 && (
        <CheckboxGroup
          name="teamIds"
          legend={t('users.teams')}
          options={teams.data
            .filter((x) => !x.archived || teamIds.includes(x.id))
            .map((x) => ({ value: x.id, label: x.name }))}
          value={teamIds}
          onChange={setTeamIds}
          error={errors.fields.teamIds}
        />
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
          {t('common.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A one-time link for setting a new password, to hand to the colleague. */
function ResetLinkSection({ user, run }: { user: UserSummary; run: Run }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);

  const createLink = () =>
    run(async () => {
      const result = await sendJson(
        'POST',
        `/api/v1/users/${user.id}/reset-link`,
        {},
        resetLinkSchema,
      );
      setLink({
        url: `${window.location.origin}/wachtwoord-instellen#t=${result.token}`,
        expiresAt: result.expiresAt,
      });
    }, t('users.linkCreated'));

  return (
    <section aria-labelledby="reset-link">
      <Heading level={2} id="reset-link">
        {t('users.resetTitle')}
      </Heading>
      <Paragraph>{t('users.resetIntro')}</Paragraph>
      {link && (
        <Alert type="info">
          <Paragraph>
            {t('users.resetLinkLabel', { date: new Date(link.expiresAt).toLocaleString() })}
          </Paragraph>
          <Paragraph>
            <Code className="ww-break">{link.url}</Code>
          </Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={createLink} disabled={!user.active}>
          {t('users.createResetLink')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

function ActivationSection({ active, toggle }: { active: boolean; toggle: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="activation">
      <Heading level={2} id="activation">
        {active ? t('users.deactivateTitle') : t('users.activateTitle')}
      </Heading>
      <Paragraph>{active ? t('users.deactivateIntro') : t('users.activateIntro')}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={toggle}>
          {active ? t('users.deactivate') : t('users.activate')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
