// Errors that mean "the database is away for now" (a restart, a failover, a network break), as
// opposed to a bug or bad data: PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P
// (operator intervention), 53300 (too many connections), the socket errors of the operating
// system, and the messages node-postgres uses when a connection ends under it.
const SQLSTATES = /^(08[0-9A-Z]{3}|57P0[1-4]|53300)$/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Cannot use a pool after calling end/,
];

/** Whether an error (or what caused it) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (SQLSTATES.test(code) || SOCKET_CODES.has(code))) return true;
    if (DRIVER_MESSAGES.some((m) => m.test(e instanceof Error ? e.message : ''))) return true;
    e = e.cause;
  }
  return false;
}

/** The SQLSTATE PostgreSQL gives when a write finds no disk space (class 53, disk_full). */
const DISK_FULL = '53100';
const INTERNAL_DISK_FULL = /no space left on device|^could not write init file/i;

/**
 * Whether an error says the database has no room to write: PostgreSQL's disk_full, or the
 * operating system's ENOSPC (PGlite writes its files from this process).
 */
export function isStorageFull(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === DISK_FULL || code === 'ENOSPC') return true;
    // Some writes PostgreSQL makes report a full disk as an internal error. Most keep the
    // operating system's reason in the text; the relation-cache file a new connection writes
    // (routine write_item) says only "could not write init file" before PostgreSQL 16.
    if (code === 'XX000' && INTERNAL_DISK_FULL.test(e.message)) return true;
    e = e.cause;
  }
  return false;
}
