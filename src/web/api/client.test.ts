import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, getJson, sendJson } from './client';

const answer = (body: unknown) =>
  vi.fn(async () => Response.json(body, { status: 200 }) as Response);

describe('getJson and sendJson', () => {
  afterEach(() => vi.unstubAllGlobals());
  const team = z.object({ id: z.string(), name: z.string() });

  it('gives the page the answer as the contract schema reads it', async () => {
    vi.stubGlobal('fetch', answer({ id: 't1', name: 'Noord', extra: 'dropped' }));
    await expect(getJson('/api/v1/teams/t1', team)).resolves.toEqual({ id: 't1', name: 'Noord' });
  });

  it('turns an answer of another shape into an ApiError with a message in both languages', async () => {
    vi.stubGlobal('fetch', answer({ id: 't1' }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await sendJson('POST', '/api/v1/teams', { name: 'Noord' }, team).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.code).toBe('unreadable_answer');
    expect((error as ApiError).problem.messages.nl).toMatch(/kan lezen/);
    expect((error as ApiError).problem.messages.en).toMatch(/cannot read/);
  });
});
