import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { lazyPage } from './components/lazyPage';
import { RequireAuth } from './components/RequireAuth';
import { AccountPage } from './pages/AccountPage';
import { HomePage } from './pages/HomePage';
import { householdRoutes } from './pages/huishoudens/routes';
import { cardRoutes } from './pages/kaarten/routes';
import { expertRoutes } from './pages/ervaringsdeskundigen/routes';
import { learningRoutes } from './pages/leren/routes';
import { lifeEventRoutes } from './pages/levensgebeurtenissen/routes';
import { neighbourhoodSignalRoutes } from './pages/wijksignalen/routes';
import { signalRoutes } from './pages/signalen/routes';
import { referralRoutes } from './pages/overdracht/routes';
import { reportRoutes } from './pages/rapportage/routes';
import { quickscanRoutes } from './pages/quickscan/routes';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SetupPage } from './pages/SetupPage';

// The wegwijzer, the check and beheer load per route (as the household pages do): the app shell
// stays small, and a resident opening /check never downloads the professionals' pages.
const AdminHomePage = lazyPage(() => import('./pages/beheer/AdminHomePage'), 'AdminHomePage');
const AuditPage = lazyPage(() => import('./pages/beheer/AuditPage'), 'AuditPage');
const OrganisationPage = lazyPage(
  () => import('./pages/beheer/OrganisationPage'),
  'OrganisationPage',
);
const TeamsPage = lazyPage(() => import('./pages/beheer/TeamsPage'), 'TeamsPage');
const UserEditPage = lazyPage(() => import('./pages/beheer/UserEditPage'), 'UserEditPage');
const UsersPage = lazyPage(() => import('./pages/beheer/UsersPage'), 'UsersPage');
const CheckPage = lazyPage(() => import('./pages/check/CheckPage'), 'CheckPage');
const SchemesAdminPage = lazyPage(
  () => import('./pages/check/SchemesAdminPage'),
  'SchemesAdminPage',
);
const RulesStatusPage = lazyPage(() => import('./pages/check/RulesStatusPage'), 'RulesStatusPage');
const CapitalPage = lazyPage(() => import('./pages/wegwijzer/CapitalPage'), 'CapitalPage');
const CapitalsPage = lazyPage(() => import('./pages/wegwijzer/CapitalsPage'), 'CapitalsPage');
const InterventionPage = lazyPage(
  () => import('./pages/wegwijzer/InterventionPage'),
  'InterventionPage',
);
const LocalItemPage = lazyPage(() => import('./pages/wegwijzer/LocalItemPage'), 'LocalItemPage');
const ManagePage = lazyPage(() => import('./pages/wegwijzer/ManagePage'), 'ManagePage');
const OfferEditPage = lazyPage(() => import('./pages/wegwijzer/OfferEditPage'), 'OfferEditPage');
const PosterPage = lazyPage(() => import('./pages/wegwijzer/PosterPage'), 'PosterPage');
const SearchPage = lazyPage(() => import('./pages/wegwijzer/SearchPage'), 'SearchPage');
const SpecialistsPage = lazyPage(
  () => import('./pages/wegwijzer/SpecialistsPage'),
  'SpecialistsPage',
);

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
      { path: '/beheer/rekenregels', element: signedIn(<RulesStatusPage />, beheerder) },
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
      ...cardRoutes,
      ...expertRoutes,
      ...learningRoutes,
      ...lifeEventRoutes,
      ...neighbourhoodSignalRoutes,
      ...referralRoutes,
      ...signalRoutes,
      ...reportRoutes,
      ...quickscanRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
