import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useLocation, useNavigate } from 'react-router';

import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { sessionInfoSchema } from '../../contract/auth';
import { sendJson } from '../api/client';
import { useSession, useSetSession } from '../api/session';
import { ErrorSummary } from '../components/ErrorSummary';
import { StatusMessage } from '../components/Layout';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { useSave } from '../hooks/useSave';
import { applyLanguage } from '../i18n/i18n';

type LoginState = {
  from?: string;
  setupDone?: boolean;
  loggedOut?: boolean;
  passwordSet?: boolean;
};

export function LoginPage() {
  const { t } = useTranslation();
  const { data: session, isPending } = useSession();
  const state = (useLocation().state ?? {}) as LoginState;
  const login = useLogin(state.from ?? '/');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const { errors, summaryRef, busy } = login;

  if (isPending) return <Loading />;
  if (session?.setupRequired) return <Navigate to="/inrichten" replace />;
  if (session?.user) return <Navigate to={state.from ?? '/'} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('form.required');
    if (!password) missing.password = t('form.required');
    if (Object.keys(missing).length) return login.setFieldErrors(missing);
    login.save({ email, password, rememberMe }, { onError: () => setPassword('') });
  };

  return (
    <>
      <PageTitle title={t('login.title')} />
      <Heading level={1}>{t('login.title')}</Heading>
      {state.setupDone && <StatusMessage>{t('login.setupDone')}</StatusMessage>}
      {state.loggedOut && <StatusMessage>{t('login.loggedOut')}</StatusMessage>}
      {state.passwordSet && <StatusMessage>{t('login.passwordSet')}</StatusMessage>}
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        labels={{ email: t('login.email'), password: t('login.password') }}
      />
      <form onSubmit={submit} noValidate className="ww-form ww-form--narrow">
        <TextField
          name="email"
          label={t('login.email')}
          type="email"
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
          autoComplete="username"
          required
        />
        <TextField
          name="password"
          label={t('login.password')}
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          autoComplete="current-password"
          required
        />
        <RememberMe checked={rememberMe} onChange={setRememberMe} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {t('login.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph>{t('login.forgotten')}</Paragraph>
      <Paragraph>
        <RouterLink to="/check">{t('login.checkPublic')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** Logs in; on success the session and language are the user's, and the page they came for opens. */
function useLogin(next: string) {
  const setSession = useSetSession();
  const navigate = useNavigate();
  return useSave(
    (body: { email: string; password: string; rememberMe: boolean }) =>
      sendJson('POST', '/api/v1/login', body, sessionInfoSchema),
    (info) => {
      if (info.user) applyLanguage(info.user.language);
      setSession(info);
      void navigate(next, { replace: true });
    },
  );
}

function RememberMe({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormField type="checkbox">
      <Paragraph className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor="remember-me" type="checkbox">
          <Checkbox
            id="remember-me"
            className="utrecht-form-field__input"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
          />
          {t('login.rememberMe')}
        </FormLabel>
      </Paragraph>
    </FormField>
  );
}
