import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// The register of experience experts sits with the team's work: read by social workers, kept by
// team leaders and beheerders (ADR 1305).
const readers = ['sociaal_werker', 'teamleider', 'beheerder'] as const;
const keepers = ['teamleider', 'beheerder'] as const;

const ExpertsPage = lazyPage(() => import('./ExpertsPage'), 'ExpertsPage');
const NewExpertPage = lazyPage(() => import('./ExpertEditPage'), 'NewExpertPage');
const ExpertEditPage = lazyPage(() => import('./ExpertEditPage'), 'ExpertEditPage');

export const expertRoutes: RouteObject[] = [
  {
    path: '/team/ervaringsdeskundigen',
    element: <RequireAuth roles={readers}>{<ExpertsPage />}</RequireAuth>,
  },
  {
    path: '/team/ervaringsdeskundigen/nieuw',
    element: <RequireAuth roles={keepers}>{<NewExpertPage />}</RequireAuth>,
  },
  {
    path: '/team/ervaringsdeskundigen/:id',
    element: <RequireAuth roles={keepers}>{<ExpertEditPage />}</RequireAuth>,
  },
];
