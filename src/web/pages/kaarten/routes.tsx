import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

/** Case dialogues are team work of those who work with households. */
const caseworkers = ['sociaal_werker', 'teamleider'] as const;

// Gesprekskaarten load on demand, for every signed-in user.
const DecksPage = lazyPage(() => import('./DecksPage'), 'DecksPage');
const DeckPage = lazyPage(() => import('./DeckPage'), 'DeckPage');
const CardModePage = lazyPage(() => import('./CardModePage'), 'CardModePage');
const ReflectionPage = lazyPage(() => import('./ReflectionPage'), 'ReflectionPage');
const CaseDialoguesPage = lazyPage(
  () => import('../casusdialoog/CaseDialoguesPage'),
  'CaseDialoguesPage',
);
const CaseDialoguePage = lazyPage(
  () => import('../casusdialoog/CaseDialoguePage'),
  'CaseDialoguePage',
);
const NewCaseDialoguePage = lazyPage(
  () => import('../casusdialoog/NewCaseDialoguePage'),
  'NewCaseDialoguePage',
);
const KleurplaatPage = lazyPage(() => import('../kleurplaat/KleurplaatPage'), 'KleurplaatPage');
const TeamSessionStartPage = lazyPage(
  () => import('./TeamSessionStartPage'),
  'TeamSessionStartPage',
);
const TeamSessionPage = lazyPage(() => import('./TeamSessionPage'), 'TeamSessionPage');

export const cardRoutes: RouteObject[] = [
  { path: '/kaarten', element: <RequireAuth>{<DecksPage />}</RequireAuth> },
  { path: '/kaarten/reflectie', element: <RequireAuth>{<ReflectionPage />}</RequireAuth> },
  {
    path: '/kaarten/casusdialoog',
    element: <RequireAuth roles={caseworkers}>{<CaseDialoguesPage />}</RequireAuth>,
  },
  {
    path: '/kaarten/casusdialoog/nieuw',
    element: <RequireAuth roles={caseworkers}>{<NewCaseDialoguePage />}</RequireAuth>,
  },
  {
    path: '/kaarten/casusdialoog/:id',
    element: <RequireAuth roles={caseworkers}>{<CaseDialoguePage />}</RequireAuth>,
  },
  { path: '/kaarten/kleurplaat', element: <RequireAuth>{<KleurplaatPage />}</RequireAuth> },
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
