import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// Signalen uit de wijk load on demand, for every signed-in user.
const SignalChecklistsPage = lazyPage(
  () => import('./SignalChecklistsPage'),
  'SignalChecklistsPage',
);
const SignalChecklistPage = lazyPage(() => import('./SignalChecklistPage'), 'SignalChecklistPage');

export const neighbourhoodSignalRoutes: RouteObject[] = [
  { path: '/wijksignalen', element: <RequireAuth>{<SignalChecklistsPage />}</RequireAuth> },
  { path: '/wijksignalen/:setting', element: <RequireAuth>{<SignalChecklistPage />}</RequireAuth> },
];
