import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// Gesprekskaarten load on demand, for every signed-in user.
const DecksPage = lazyPage(() => import('./DecksPage'), 'DecksPage');
const DeckPage = lazyPage(() => import('./DeckPage'), 'DeckPage');
const CardModePage = lazyPage(() => import('./CardModePage'), 'CardModePage');
const ReflectionPage = lazyPage(() => import('./ReflectionPage'), 'ReflectionPage');
const KleurplaatPage = lazyPage(() => import('../kleurplaat/KleurplaatPage'), 'KleurplaatPage');

export const cardRoutes: RouteObject[] = [
  { path: '/kaarten', element: <RequireAuth>{<DecksPage />}</RequireAuth> },
  { path: '/kaarten/reflectie', element: <RequireAuth>{<ReflectionPage />}</RequireAuth> },
  { path: '/kaarten/kleurplaat', element: <RequireAuth>{<KleurplaatPage />}</RequireAuth> },
  { path: '/kaarten/:deckId', element: <RequireAuth>{<DeckPage />}</RequireAuth> },
  {
    path: '/kaarten/:deckId/een-voor-een',
    element: <RequireAuth>{<CardModePage />}</RequireAuth>,
  },
];
