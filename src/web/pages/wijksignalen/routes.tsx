import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// Signalen uit de wijk load on demand, for every signed-in user.
const SignalChecklistsPage = lazyPage(
  () => import('./SignalChecklistsPage'),
  'SignalChecklistsPage',
);
const SignalChecklistPage = lazyPage(() => import('./SignalChecklistPage'), 'SignalChecklistPage');
const RecordSignalPage = lazyPage(() => import('./RecordSignalPage'), 'RecordSignalPage');
const AdvicePage = lazyPage(() => import('./AdvicePage'), 'AdvicePage');
const caseworkers = ['sociaal_werker', 'teamleider'] as const;

export const neighbourhoodSignalRoutes: RouteObject[] = [
  { path: '/wijksignalen', element: <RequireAuth>{<SignalChecklistsPage />}</RequireAuth> },
  // Advice: everyone signed in sees their questions; answerers also the open ones (ADR 1404).
  { path: '/wijksignalen/advies', element: <RequireAuth>{<AdvicePage />}</RequireAuth> },
  { path: '/wijksignalen/:setting', element: <RequireAuth>{<SignalChecklistPage />}</RequireAuth> },
  {
    path: '/wijksignalen/:setting/vastleggen',
    element: <RequireAuth roles={caseworkers}>{<RecordSignalPage />}</RequireAuth>,
  },
];
