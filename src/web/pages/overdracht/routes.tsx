import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/Loading';
import { RequireAuth } from '../../components/RequireAuth';

// Warme overdracht (ADR 1403): only those who work with households send and receive referrals.
const caseworkers = ['sociaal_werker', 'teamleider'] as const;

const ReferralsPage = lazy(() =>
  import('./ReferralsPage').then((m) => ({ default: m.ReferralsPage })),
);
const ReferralPage = lazy(() =>
  import('./ReferralPage').then((m) => ({ default: m.ReferralPage })),
);
const SendReferralPage = lazy(() =>
  import('./SendReferralPage').then((m) => ({ default: m.SendReferralPage })),
);

const page = (element: ReactNode) => (
  <RequireAuth roles={caseworkers}>
    <Suspense fallback={<Loading />}>{element}</Suspense>
  </RequireAuth>
);

export const referralRoutes: RouteObject[] = [
  { path: '/overdrachten', element: page(<ReferralsPage />) },
  { path: '/overdrachten/:id', element: page(<ReferralPage />) },
  { path: '/huishoudens/:id/overdragen', element: page(<SendReferralPage />) },
];
