import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isStorageFull } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises a server going away, also when wrapped by the query layer', () => {
    const shutdown = withCode('terminating connection due to administrator command', '57P01');
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: shutdown }))).toBe(true);
    expect(
      isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(
      true,
    );
  });

  it('does not hide real errors behind a 503', () => {
    expect(isDatabaseUnavailable(withCode('duplicate key value', '23505'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('syntax error', '42601'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('isStorageFull', () => {
  it('recognises a full disk from PostgreSQL and from the file system, also when wrapped', () => {
    const full = withCode(
      'could not extend file "base/16384/16400": No space left on device',
      '53100',
    );
    expect(isStorageFull(full)).toBe(true);
    expect(isStorageFull(new Error('Failed query', { cause: full }))).toBe(true);
    expect(isStorageFull(withCode('ENOSPC: no space left on device, write', 'ENOSPC'))).toBe(true);
    const internal = 'could not write to file "pg_stat_tmp/x": No space left on device';
    expect(isStorageFull(withCode(internal, 'XX000'))).toBe(true);
    // PostgreSQL 15 (Debian's) when a new connection cannot write its relation-cache file.
    expect(isStorageFull(withCode('could not write init file', 'XX000'))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isStorageFull(withCode('duplicate key value', '23505'))).toBe(false);
    expect(isStorageFull(withCode('out of memory', '53200'))).toBe(false);
    expect(isStorageFull(withCode('cache lookup failed for relation 1', 'XX000'))).toBe(false);
  });
});
