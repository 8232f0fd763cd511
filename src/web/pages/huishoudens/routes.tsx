import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/Loading';
import { RequireAuth } from '../../components/RequireAuth';

// The household pages load on demand: people who never open them (beheerders, residents) never
// download them, and the scan page stays small on a tablet. Only sociaal werkers and
// teamleiders work with households; the server refuses everyone else too.

const caseworkers = ['sociaal_werker', 'teamleider'] as const;

const HouseholdsPage = lazy(() =>
  import('./HouseholdsPage').then((m) => ({ default: m.HouseholdsPage })),
);
const NewHouseholdPage = lazy(() =>
  import('./NewHouseholdPage').then((m) => ({ default: m.NewHouseholdPage })),
);
const EditHouseholdPage = lazy(() =>
  import('./NewHouseholdPage').then((m) => ({ default: m.EditHouseholdPage })),
);
const HouseholdPage = lazy(() =>
  import('./HouseholdPage').then((m) => ({ default: m.HouseholdPage })),
);
const ScanPage = lazy(() => import('./ScanPage').then((m) => ({ default: m.ScanPage })));
const PlanPage = lazy(() => import('./PlanPage').then((m) => ({ default: m.PlanPage })));
const HouseholdCheckPage = lazy(() =>
  import('./HouseholdCheckPage').then((m) => ({ default: m.HouseholdCheckPage })),
);

const page = (element: ReactNode) => (
  <RequireAuth roles={caseworkers}>
    <Suspense fallback={<Loading />}>{element}</Suspense>
  </RequireAuth>
);

export const householdRoutes: RouteObject[] = [
  { path: '/huishoudens', element: page(<HouseholdsPage />) },
  { path: '/huishoudens/nieuw', element: page(<NewHouseholdPage />) },
  { path: '/huishoudens/:id', element: page(<HouseholdPage />) },
  { path: '/huishoudens/:id/wijzigen', element: page(<EditHouseholdPage />) },
  { path: '/huishoudens/:id/scan/:scanId', element: page(<ScanPage />) },
  { path: '/huishoudens/:id/plan', element: page(<PlanPage />) },
  { path: '/huishoudens/:id/voorzieningen', element: page(<HouseholdCheckPage />) },
];
