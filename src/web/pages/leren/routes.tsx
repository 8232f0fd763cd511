import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazyPage';
import { RequireAuth } from '../../components/RequireAuth';

// Leren loads on demand, for every signed-in user.
const LearningModulesPage = lazyPage(() => import('./LearningModulesPage'), 'LearningModulesPage');
const LearningModulePage = lazyPage(() => import('./LearningModulePage'), 'LearningModulePage');

export const learningRoutes: RouteObject[] = [
  { path: '/leren', element: <RequireAuth>{<LearningModulesPage />}</RequireAuth> },
  { path: '/leren/:moduleId', element: <RequireAuth>{<LearningModulePage />}</RequireAuth> },
];
