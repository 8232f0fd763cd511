import { useQuery } from '@tanstack/react-query';
import {
  learningModuleDetailSchema,
  learningModuleListSchema,
  teamTotalsSchema,
} from '../../contract/learning';
import { getJson } from './client';

// Learning modules (GET /api/v1/learning/...), with the signed-in professional's own progress.

export const learningKey = ['learning'] as const;

export const useLearningModules = () =>
  useQuery({
    queryKey: [...learningKey, 'modules'],
    queryFn: () => getJson('/api/v1/learning/modules', learningModuleListSchema),
  });

export const useLearningModule = (moduleId: string) =>
  useQuery({
    queryKey: [...learningKey, 'module', moduleId],
    queryFn: () =>
      getJson(
        `/api/v1/learning/modules/${encodeURIComponent(moduleId)}`,
        learningModuleDetailSchema,
      ),
  });

export const useTeamLearningTotals = () =>
  useQuery({
    queryKey: [...learningKey, 'team-totals'],
    queryFn: () => getJson('/api/v1/learning/team-totals', teamTotalsSchema),
  });
