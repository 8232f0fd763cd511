import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { post } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { useSave } from '../hooks/useSave';
import { useSession } from '../api/session';

/** The token sits in the URL fragment (#t=…), which browsers never send to a server or log. */
const tokenFromHash = () => new URLSearchParams(window.location.hash.slice(1)).get('t') ?? '';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useSession(); // fetches the CSRF token
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const token = tokenFromHash();
  const { errors, setFieldErrors, summaryRef, save, busy } = useSave(
    (newPassword: string) => post('/api/v1/password-reset', { token, newPassword }),
    () => navigate('/inloggen', { state: { passwordSet: true } }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return setFieldErrors({ repeat: t('password.mismatch') });
    save(password);
  };

  return (
    <>
      <PageTitle title={t('reset.title')} />
      <Heading level={1}>{t('reset.title')}</Heading>
      {!token ? (
        <Paragraph>{t('reset.noToken')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('reset.intro')}</Paragraph>
          <ErrorSummary
            errors={errors}
            summaryRef={summaryRef}
            labels={{
              newPassword: t('reset.password'),
              repeat: t('reset.repeat'),
              token: t('reset.title'),
            }}
          />
          <form onSubmit={submit} noValidate className="ww-form ww-form--narrow">
            <TextField
              name="newPassword"
              label={t('reset.password')}
              description={t('password.rules')}
              type="password"
              value={password}
              onChange={setPassword}
              error={errors.fields.newPassword}
              autoComplete="new-password"
              required
            />
            <TextField
              name="repeat"
              label={t('reset.repeat')}
              type="password"
              value={repeat}
              onChange={setRepeat}
              error={errors.fields.repeat}
              autoComplete="new-password"
              required
            />
            <ButtonGroup>
              <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
                {t('reset.submit')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </>
  );
}
