import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// The professionals' quickscan loads on demand: your own scan for everyone signed in, team and
// wijk figures for the teamleider and the beleidsmedewerker (the server refuses others too).
const QuickscanPage = lazyPage(() => import('./QuickscanPage'), 'QuickscanPage');
const QuickscanGroupsPage = lazyPage(() => import('./QuickscanGroupsPage'), 'QuickscanGroupsPage');

export const quickscanRoutes: RouteObject[] = [
  { path: '/quickscan', element: <RequireAuth>{<QuickscanPage />}</RequireAuth> },
  {
    path: '/quickscan/team',
    element: (
      <RequireAuth roles={['teamleider', 'beleidsmedewerker']}>
        <QuickscanGroupsPage />
      </RequireAuth>
    ),
  },
];
