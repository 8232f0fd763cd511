import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// Reports load on demand; the server refuses other roles too.
const TeamDashboardPage = lazyPage(() => import('./TeamDashboardPage'), 'TeamDashboardPage');
const OutcomesPage = lazyPage(() => import('./OutcomesPage'), 'OutcomesPage');
const MunicipalPage = lazyPage(() => import('./MunicipalPage'), 'MunicipalPage');
const KompasListPage = lazyPage(() => import('../kompas/KompasListPage'), 'KompasListPage');
const KompasCyclePage = lazyPage(() => import('../kompas/KompasCyclePage'), 'KompasCyclePage');
const AanbodPage = lazyPage(() => import('../aanbod/AanbodPage'), 'AanbodPage');
const DecisionPage = lazyPage(() => import('../aanbod/DecisionPage'), 'DecisionPage');

export const reportRoutes: RouteObject[] = [
  {
    path: '/rapportage/team',
    element: (
      <RequireAuth roles={['teamleider']}>
        <TeamDashboardPage />
      </RequireAuth>
    ),
  },
  {
    path: '/rapportage/resultaten',
    element: (
      <RequireAuth roles={['teamleider', 'beleidsmedewerker']}>
        <OutcomesPage />
      </RequireAuth>
    ),
  },
  {
    path: '/rapportage/gemeente',
    element: (
      <RequireAuth roles={['beleidsmedewerker']}>
        <MunicipalPage />
      </RequireAuth>
    ),
  },
  {
    path: '/rapportage/kompas',
    element: (
      <RequireAuth roles={['beleidsmedewerker', 'teamleider']}>
        <KompasListPage />
      </RequireAuth>
    ),
  },
  {
    path: '/rapportage/kompas/:id',
    element: (
      <RequireAuth roles={['beleidsmedewerker', 'teamleider']}>
        <KompasCyclePage />
      </RequireAuth>
    ),
  },
  {
    path: '/rapportage/aanbod',
    element: (
      <RequireAuth roles={['teamleider', 'beleidsmedewerker']}>
        <AanbodPage />
      </RequireAuth>
    ),
  },
  {
    path: '/rapportage/aanbod/besluit/:id',
    element: (
      <RequireAuth roles={['teamleider', 'beleidsmedewerker']}>
        <DecisionPage />
      </RequireAuth>
    ),
  },
];
