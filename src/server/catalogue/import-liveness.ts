// An HSDS import runs inside the app instance that received the file; the file itself is never
// stored. When that instance stops (a restart, a crash, a deploy) the job cannot go on, and
// without this check its page would say 'running' forever.
import { messages } from '../../content/message-files';
import { message } from '../../domain/message';

/** A job on a shared PostgreSQL without a heartbeat for this long has stopped. */
export const IMPORT_STALE_MS = 60_000;
/** How often a running job on PostgreSQL says it is alive. */
export const IMPORT_HEARTBEAT_MS = 10_000;

type JobState = { status: string; createdAt: Date; heartbeatAt: Date | null };

export function importInterrupted(
  job: JobState,
  here: {
    /** This instance runs the job now. */
    running: boolean;
    /** Other instances may run jobs too (PostgreSQL); PGlite has one process. */
    sharedDatabase: boolean;
    now: Date;
  },
): boolean {
  if (job.status !== 'queued' && job.status !== 'running') return false;
  if (here.running) return false;
  if (!here.sharedDatabase) return true;
  const lastSign = job.heartbeatAt ?? job.createdAt;
  return here.now.getTime() - lastSign.getTime() > IMPORT_STALE_MS;
}

/** The reason a job that stopped with its instance is failed with, as the job stores it. */
export const interruptedReason = {
  path: '',
  ...messages.bilingual(message('hsdsImport.interrupted')),
};
