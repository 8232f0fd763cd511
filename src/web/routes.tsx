import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { AccountPage } from './pages/AccountPage';
import { AdminHomePage } from './pages/beheer/AdminHomePage';
import { AuditPage } from './pages/beheer/AuditPage';
import { OrganisationPage } from './pages/beheer/OrganisationPage';
import { TeamsPage } from './pages/beheer/TeamsPage';
import { UserEditPage } from './pages/beheer/UserEditPage';
import { UsersPage } from './pages/beheer/UsersPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SetupPage } from './pages/SetupPage';

const beheerder = ['beheerder'] as const;
const signedIn = (
  element: React.ReactNode,
  roles?: readonly ('beheerder' | 'teamleider' | 'beleidsmedewerker' | 'sociaal_werker')[],
) => <RequireAuth roles={roles}>{element}</RequireAuth>;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/inrichten', element: <SetupPage /> },
      { path: '/inloggen', element: <LoginPage /> },
      { path: '/wachtwoord-instellen', element: <ResetPasswordPage /> },
      { path: '/', element: signedIn(<HomePage />) },
      { path: '/account', element: signedIn(<AccountPage />) },
      { path: '/beheer', element: signedIn(<AdminHomePage />, beheerder) },
      { path: '/beheer/accounts', element: signedIn(<UsersPage />, beheerder) },
      { path: '/beheer/accounts/:id', element: signedIn(<UserEditPage />, beheerder) },
      { path: '/beheer/teams', element: signedIn(<TeamsPage />, beheerder) },
      { path: '/beheer/organisatie', element: signedIn(<OrganisationPage />, beheerder) },
      { path: '/beheer/toegangslog', element: signedIn(<AuditPage />, beheerder) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
