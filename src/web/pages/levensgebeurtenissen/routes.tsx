import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// Levensgebeurtenissen load on demand, for every signed-in user.
const LifeEventsPage = lazyPage(() => import('./LifeEventsPage'), 'LifeEventsPage');
const LifeEventPage = lazyPage(() => import('./LifeEventPage'), 'LifeEventPage');

export const lifeEventRoutes: RouteObject[] = [
  { path: '/levensgebeurtenissen', element: <RequireAuth>{<LifeEventsPage />}</RequireAuth> },
  {
    path: '/levensgebeurtenissen/:eventId',
    element: <RequireAuth>{<LifeEventPage />}</RequireAuth>,
  },
];
