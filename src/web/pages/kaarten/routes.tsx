import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// Gesprekskaarten load on demand, for every signed-in user.
const DecksPage = lazyPage(() => import('./DecksPage'), 'DecksPage');
const DeckPage = lazyPage(() => import('./DeckPage'), 'DeckPage');
const CardModePage = lazyPage(() => import('./CardModePage'), 'CardModePage');
const ReflectionPage = lazyPage(() => import('./ReflectionPage'), 'ReflectionPage');
const TeamSessionStartPage = lazyPage(
  () => import('./TeamSessionStartPage'),
  'TeamSessionStartPage',
);
const TeamSessionPage = lazyPage(() => import('./TeamSessionPage'), 'TeamSessionPage');

export const cardRoutes: RouteObject[] = [
  { path: '/kaarten', element: <RequireAuth>{<DecksPage />}</RequireAuth> },
  { path: '/kaarten/reflectie', element: <RequireAuth>{<ReflectionPage />}</RequireAuth> },
  { path: '/kaarten/teamsessie', element: <RequireAuth>{<TeamSessionStartPage />}</RequireAuth> },
  {
    path: '/kaarten/teamsessie/:sessionId',
    element: <RequireAuth>{<TeamSessionPage />}</RequireAuth>,
  },
  { path: '/kaarten/:deckId', element: <RequireAuth>{<DeckPage />}</RequireAuth> },
  {
    path: '/kaarten/:deckId/een-voor-een',
    element: <RequireAuth>{<CardModePage />}</RequireAuth>,
  },
];
