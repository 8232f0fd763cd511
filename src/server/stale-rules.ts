import type { ParameterSet } from '../domain/benefits';
import { staleParameters } from '../domain/benefits';

interface WarnLog {
  warn: (details: object, message: string) => void;
}

/**
 * At start: warn in the log about every legal parameter whose last value is older than its
 * indexation allows today, so an operator sees that amounts are out of date. Returns how many.
 */
export function warnAboutStaleParameters(log: WarnLog, parameters: ParameterSet, today: string) {
  const stale = staleParameters(parameters, today);
  if (stale.length > 0)
    log.warn(
      {
        today,
        staleParameters: stale.map((p) => ({
          id: p.id,
          lastValidFrom: p.lastValidFrom,
          dueFrom: p.dueFrom,
          file: p.source,
        })),
      },
      `${stale.length} rule parameter(s) out of date: the benefits check uses old amounts until the new values are entered (see /beheer/rekenregels) / ${stale.length} rekenregel(s) verouderd`,
    );
  return stale.length;
}
