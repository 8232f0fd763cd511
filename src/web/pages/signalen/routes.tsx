import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/Loading';
import { RequireAuth } from '../../components/RequireAuth';

// Signal data is the most sensitive data in Wegwijs: only the vroegsignalering role opens these
// pages (the server refuses everyone else too), and they load only for that role.
const signalWorkers = ['vroegsignalering'] as const;

const SignalQueuePage = lazy(() =>
  import('./SignalQueuePage').then((m) => ({ default: m.SignalQueuePage })),
);
const SignalImportPage = lazy(() =>
  import('./SignalImportPage').then((m) => ({ default: m.SignalImportPage })),
);
const SignalCasePage = lazy(() =>
  import('./SignalCasePage').then((m) => ({ default: m.SignalCasePage })),
);
const SignalMonitorPage = lazy(() =>
  import('./SignalMonitorPage').then((m) => ({ default: m.SignalMonitorPage })),
);

const page = (element: ReactNode) => (
  <RequireAuth roles={signalWorkers}>
    <Suspense fallback={<Loading />}>{element}</Suspense>
  </RequireAuth>
);

export const signalRoutes: RouteObject[] = [
  { path: '/signalen', element: page(<SignalQueuePage />) },
  { path: '/signalen/inlezen', element: page(<SignalImportPage />) },
  { path: '/signalen/monitor', element: page(<SignalMonitorPage />) },
  { path: '/signalen/:id', element: page(<SignalCasePage />) },
];
