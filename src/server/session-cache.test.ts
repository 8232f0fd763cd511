import { describe, expect, it } from 'vitest';
import type { LiveSession } from '../db/repositories/sessions.repository';
import { sessionCache } from './session-cache';

const session = (userId: string, organisationId: string): LiveSession => ({
  session: { id: 's', lastSeenAt: new Date(0), expiresAt: new Date(1e13), csrfToken: 'c' },
  user: {
    id: userId,
    organisationId,
    role: 'sociaal_werker',
    name: 'N',
    email: 'n@example.org',
    language: 'nl',
    isDemo: false,
    active: true,
  },
  teamIds: [],
  gemeenteCodes: [],
});

function listeningCache() {
  const cache = sessionCache();
  cache.listenWhile(() => true);
  return cache;
}

describe('sessionCache', () => {
  it('does not keep an answer read before a change arrived', () => {
    const cache = listeningCache();
    const readAt = cache.generation();
    cache.changed('user:u1'); // arrives while the database read was under way
    cache.store('t1', session('u1', 'o1'), readAt);
    expect(cache.get('t1')).toBeNull();
  });

  it('forgets the sessions of a changed user, organisation or session, and only those', () => {
    const cache = listeningCache();
    cache.store('t1', session('u1', 'o1'), cache.generation());
    cache.store('t2', session('u2', 'o1'), cache.generation());
    cache.store('t3', session('u3', 'o2'), cache.generation());
    cache.changed('user:u1');
    expect(cache.get('t1')).toBeNull();
    expect(cache.get('t2')).not.toBeNull();
    cache.changed('organisation:o1');
    expect(cache.get('t2')).toBeNull();
    expect(cache.get('t3')).not.toBeNull();
    cache.changed('session:t3');
    expect(cache.get('t3')).toBeNull();
  });

  it('serves nothing while notifications cannot arrive', () => {
    let listening = true;
    const cache = sessionCache();
    cache.listenWhile(() => listening);
    cache.store('t1', session('u1', 'o1'), cache.generation());
    listening = false;
    expect(cache.get('t1')).toBeNull();
  });

  it('lets an entry go after its time to live', async () => {
    const cache = sessionCache({ ttlMs: 20 });
    cache.listenWhile(() => true);
    cache.store('t1', session('u1', 'o1'), cache.generation());
    expect(cache.get('t1')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(cache.get('t1')).toBeNull();
  });
});
