// A database that is not there yet at start (a container starting beside Wegwijs, a failover)
// is waited for, up to a limit, instead of ending the process at the first refused connection.

/** Errors that mean "not reachable yet", not "wrong settings": worth another try. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
]);

export function isTransientConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  // AggregateError from a host with several addresses (IPv4 and IPv6): transient if all are.
  const errors = (error as { errors?: unknown[] } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every(isTransientConnectionError);
}

export type WaitOptions = {
  /** How long to keep trying; 0 tries once. */
  deadlineMs: number;
  intervalMs?: number;
  onRetry?: (attempt: number, error: unknown) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

/** Runs `attempt` until it succeeds, retrying transient connection errors until the deadline. */
export async function waitForDatabase<T>(
  attempt: () => Promise<T>,
  options: WaitOptions,
): Promise<T> {
  const {
    deadlineMs,
    intervalMs = 1_000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now = () => Date.now(),
  } = options;
  const giveUpAt = now() + deadlineMs;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransientConnectionError(error) || now() + intervalMs > giveUpAt) throw error;
      options.onRetry?.(tries, error);
      await sleep(intervalMs);
    }
  }
}
