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
import { CheckPage } from './pages/check/CheckPage';
import { SchemesAdminPage } from './pages/check/SchemesAdminPage';
import { HomePage } from './pages/HomePage';
import { householdRoutes } from './pages/huishoudens/routes';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SetupPage } from './pages/SetupPage';
import { CapitalPage } from './pages/wegwijzer/CapitalPage';
import { CapitalsPage } from './pages/wegwijzer/CapitalsPage';
import { InterventionPage } from './pages/wegwijzer/InterventionPage';
import { LocalItemPage } from './pages/wegwijzer/LocalItemPage';
import { ManagePage } from './pages/wegwijzer/ManagePage';
import { OfferEditPage } from './pages/wegwijzer/OfferEditPage';
import { PosterPage } from './pages/wegwijzer/PosterPage';
import { SearchPage } from './pages/wegwijzer/SearchPage';

import { SpecialistsPage } from './pages/wegwijzer/SpecialistsPage';

const beheerder = ['beheerder'] as const;
const editors = ['beleidsmedewerker', 'beheerder'] as const;
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
      { path: '/beheer/regelingen', element: signedIn(<SchemesAdminPage />, beheerder) },
      { path: '/check', element: <CheckPage /> },
      { path: '/wegwijzer', element: signedIn(<CapitalsPage />) },
      { path: '/wegwijzer/kapitaal/:id', element: signedIn(<CapitalPage />) },
      { path: '/wegwijzer/zoeken', element: signedIn(<SearchPage />) },
      { path: '/wegwijzer/interventie/:id', element: signedIn(<InterventionPage />) },
      { path: '/wegwijzer/specialisten', element: signedIn(<SpecialistsPage />) },
      { path: '/wegwijzer/poster/:organisationId', element: signedIn(<PosterPage />) },
      { path: '/wegwijzer/aanbod/:id', element: signedIn(<OfferEditPage />, editors) },
      { path: '/wegwijzer/lokaal/:id', element: signedIn(<LocalItemPage />, editors) },
      { path: '/wegwijzer/beheer', element: signedIn(<ManagePage />, editors) },
      ...householdRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
