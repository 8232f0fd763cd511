import { describe, expect, it } from 'vitest';
import { waitForDatabase } from './wait-for-database';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** A clock that only moves when the code under test sleeps. */
function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('waiting for the database at start', () => {
  it('keeps trying while the server refuses connections, and goes on once it answers', async () => {
    let calls = 0;
    const retries: number[] = [];
    const result = await waitForDatabase(
      async () => {
        calls++;
        if (calls < 4) throw refused();
        return 'open';
      },
      { deadlineMs: 60_000, onRetry: (n) => retries.push(n), ...fakeTime() },
    );
    expect(result).toBe('open');
    expect(retries).toEqual([1, 2, 3]);
  });

  it('gives up after the deadline with the last error', async () => {
    let calls = 0;
    await expect(
      waitForDatabase(
        async () => {
          calls++;
          throw refused();
        },
        { deadlineMs: 5_000, intervalMs: 1_000, ...fakeTime() },
      ),
    ).rejects.toThrow(/ECONNREFUSED/);
    expect(calls).toBe(6);
  });

  it('does not retry a wrong password or a failed migration', async () => {
    let calls = 0;
    const wrongPassword = Object.assign(new Error('password authentication failed'), {
      code: '28P01',
    });
    await expect(
      waitForDatabase(
        async () => {
          calls++;
          throw wrongPassword;
        },
        { deadlineMs: 60_000, ...fakeTime() },
      ),
    ).rejects.toBe(wrongPassword);
    expect(calls).toBe(1);
  });
});
