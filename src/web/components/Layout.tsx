import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { post, put } from '../api/client';
import { sessionKey, useSession } from '../api/session';
import { applyLanguage, type Language } from '../i18n/i18n';
import { useLanguage } from '../hooks/useLanguage';
import { Loading } from './Loading';
import { adminItems, allowed, modules } from '../navigation';

export function Layout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const user = session?.user ?? null;
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  // After client-side navigation, move focus to the new page so screen readers announce it.
  // Only on a real change of page: not on the first render, and not when the layout remounts.
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    mainRef.current?.focus();
  }, [location.pathname]);

  const nav = user
    ? [
        { to: '/', label: 'nav.home' },
        ...modules.filter((m) => allowed(m, user.role)),
        ...(user.role === 'beheerder' ? [{ to: '/beheer', label: 'nav.admin' }] : []),
        { to: '/account', label: 'nav.account' },
      ]
    : [];

  return (
    <>
      <header className="ww-header">
        {/* A bare link: the library's SkipLink wraps it in a <p> whose margin left a blank strip. */}
        <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
          {t('layout.skipLink')}
        </a>
        <div className="ww-header__bar">
          <NavLink to="/" className="ww-brand">
            <span aria-hidden="true" className="ww-brand__mark">
              ◆
            </span>{' '}
            Wegwijs
          </NavLink>
          <div className="ww-header__tools">
            <LanguageSwitch />
            {user && <LogoutButton />}
          </div>
        </div>
        {nav.length > 0 && (
          <nav aria-label={t('layout.mainNav')} className="ww-nav">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {session?.demo && (
          <div className="ww-demo-banner" role="note">
            <Paragraph>{t('layout.demoBanner')}</Paragraph>
          </div>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="ww-main">
        {/* Most pages load on first visit (see routes.tsx). */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="ww-footer">
        <Paragraph>{t('layout.footer')}</Paragraph>
      </footer>
    </>
  );
}

function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { data: session } = useSession();
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  const switchTo = () => {
    applyLanguage(other);
    if (session?.user)
      void put('/api/v1/me/preferences', { language: other }).catch(() => undefined);
  };
  return (
    <Button appearance="subtle-button" onClick={switchTo} lang={other}>
      {t('layout.switchLanguage')}
    </Button>
  );
}

function LogoutButton() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const logout = async () => {
    await post('/api/v1/logout').catch(() => undefined);
    client.clear();
    await client.invalidateQueries({ queryKey: sessionKey });
    void navigate('/inloggen', { state: { loggedOut: true } });
  };
  return (
    <Button appearance="secondary-action-button" onClick={() => void logout()}>
      {t('layout.logout')}
    </Button>
  );
}

/** The sub-navigation of the beheer pages. */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.nav')} className="ww-subnav">
      <ul>
        {adminItems.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{t(item.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="ww-status">
      <Alert type="ok">{children}</Alert>
    </div>
  );
}
