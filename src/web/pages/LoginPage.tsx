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
import { useFormErrors } from '../hooks/useFormErrors';
import { applyLanguage } from '../i18n/i18n';

export function LoginPage() {
  const { t } = useTranslation();
  const { data: session, isPending } = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as {
    from?: string;
    setupDone?: boolean;
    loggedOut?: boolean;
    passwordSet?: boolean;
  };
  const { errors, fromError, setFieldErrors, summaryRef } = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [busy, setBusy] = useState(false);

  if (isPending) return <Loading />;
  if (session?.setupRequired) return <Navigate to="/inrichten" replace />;
  if (session?.user) return <Navigate to={state.from ?? '/'} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('form.required');
    if (!password) missing.password = t('form.required');
    if (Object.keys(missing).length) return setFieldErrors(missing);
    setBusy(true);
    try {
      const info = await sendJson(
        'POST',
        '/api/v1/login',
        { email, password, rememberMe },
        sessionInfoSchema,
      );
      if (info.user) applyLanguage(info.user.language);
      setSession(info);
      void navigate(state.from ?? '/', { replace: true });
    } catch (error) {
      setPassword('');
      fromError(error);
    } finally {
      setBusy(false);
    }
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
      <form onSubmit={(e) => void submit(e)} noValidate className="ww-form ww-form--narrow">
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
        <FormField type="checkbox">
          <Paragraph className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor="remember-me" type="checkbox">
              <Checkbox
                id="remember-me"
                className="utrecht-form-field__input"
                checked={rememberMe}
                onChange={(e) => setRememberMe(e.target.checked)}
              />
              {t('login.rememberMe')}
            </FormLabel>
          </Paragraph>
        </FormField>
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
