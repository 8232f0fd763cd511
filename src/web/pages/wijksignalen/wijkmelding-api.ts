import { useQuery } from '@tanstack/react-query';
import {
  adviceOverviewSchema,
  adviceQuestionSchema,
  householdSignalListSchema,
  recordedSignalSchema,
  type AdviceAnswerBody,
  type AdviceQuestionBody,
  type SignalObservationBody,
  type SignalWithNewHouseholdBody,
} from '../../../contract/neighbourhood-signals';
import { getJson, sendJson } from '../../api/client';

// Recording a signal on a household and anonymous advice (ADR 1404).

export const wijkmeldingKeys = {
  signals: (householdId: string) => ['households', householdId, 'signals'] as const,
  advice: ['advice-questions'] as const,
};

const householdSignals = (id: string) => `/api/v1/households/${encodeURIComponent(id)}/signals`;

export const useHouseholdSignals = (householdId: string) =>
  useQuery({
    queryKey: wijkmeldingKeys.signals(householdId),
    queryFn: () => getJson(householdSignals(householdId), householdSignalListSchema),
  });

export const recordSignal = (householdId: string, body: SignalObservationBody) =>
  sendJson('POST', householdSignals(householdId), body, recordedSignalSchema);

export const recordSignalWithNewHousehold = (body: SignalWithNewHouseholdBody) =>
  sendJson('POST', '/api/v1/signal-records', body, recordedSignalSchema);

export const useAdvice = () =>
  useQuery({
    queryKey: wijkmeldingKeys.advice,
    queryFn: () => getJson('/api/v1/advice-questions', adviceOverviewSchema),
  });

export const askAdvice = (body: AdviceQuestionBody) =>
  sendJson('POST', '/api/v1/advice-questions', body, adviceQuestionSchema);

export const answerAdvice = (id: string, body: AdviceAnswerBody) =>
  sendJson(
    'POST',
    `/api/v1/advice-questions/${encodeURIComponent(id)}/answer`,
    body,
    adviceQuestionSchema,
  );
