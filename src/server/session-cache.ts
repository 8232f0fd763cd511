// Every authenticated request needs its session, user, teams and gemeenten. Reading them from the
// database each time made a signed-in request several times slower than one without a session
// (issue 12). This cache keeps them per token hash for a short while and forgets them the moment
// the database says something changed (a trigger NOTIFYs every app instance: migration 0010).
//
// Two rules keep it from serving what is no longer true:
// - An answer read before a change arrived is not stored (the generation moved on meanwhile).
// - While no notifications can arrive (the listening connection is being replaced), nothing is
//   served from the cache at all.
import type { Me } from '../contract/auth';
import type { LiveSession } from '../db/repositories/sessions.repository';

/** What GET /me shows beyond the session: names of the organisation and teams (migration 0013). */
export type MeNames = Pick<Me, 'organisation' | 'teams'>;

const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

type Entry = { session: LiveSession; storedAt: number; names?: MeNames };

export type SessionCache = ReturnType<typeof sessionCache>;

export function sessionCache({ ttlMs = TTL_MS, maxEntries = MAX_ENTRIES } = {}) {
  const entries = new Map<string, Entry>();
  let generation = 0;
  let listening: () => boolean = () => false;

  const forgetWhere = (matches: (entry: Entry) => boolean) => {
    for (const [tokenHash, entry] of entries) if (matches(entry)) entries.delete(tokenHash);
  };
  const forgetAll = () => {
    generation++;
    entries.clear();
  };

  const live = (tokenHash: string): Entry | null => {
    if (!listening()) return null;
    const entry = entries.get(tokenHash);
    if (!entry) return null;
    if (performance.now() - entry.storedAt > ttlMs) {
      entries.delete(tokenHash);
      return null;
    }
    return entry;
  };

  return {
    /** Take this before reading the database; pass it to `store`. */
    generation: () => generation,

    get(tokenHash: string): LiveSession | null {
      return live(tokenHash)?.session ?? null;
    },

    /** The names /me shows, when stored with this session's entry. */
    names(tokenHash: string): MeNames | null {
      return live(tokenHash)?.names ?? null;
    },

    /** Keeps the names with the session's entry, if it is still there and nothing changed. */
    storeNames(tokenHash: string, names: MeNames, readAtGeneration: number) {
      if (!listening() || readAtGeneration !== generation) return;
      const entry = entries.get(tokenHash);
      if (entry) entry.names = names;
    },

    store(tokenHash: string, session: LiveSession, readAtGeneration: number) {
      if (!listening() || readAtGeneration !== generation) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(tokenHash, { session, storedAt: performance.now() });
    },

    /**
     * A payload from the database trigger: 'session:<hash>', 'user:<id>', 'organisation:<id>' (a
     * renamed koepel reaches its member organisations' entries too) or 'team:<id>'.
     */
    changed(payload: string) {
      generation++;
      const [kind, id] = [
        payload.slice(0, payload.indexOf(':')),
        payload.slice(payload.indexOf(':') + 1),
      ];
      if (kind === 'session') entries.delete(id);
      else if (kind === 'user') forgetWhere((e) => e.session.user.id === id);
      else if (kind === 'organisation')
        forgetWhere(
          (e) => e.session.user.organisationId === id || e.names?.organisation.koepel?.id === id,
        );
      else if (kind === 'team') forgetWhere((e) => e.session.teamIds.includes(id));
      else entries.clear();
    },

    /** Something may have changed unheard, or this instance changed access itself. */
    forgetAll,

    /** Serve from the cache only while `active()` says notifications arrive. */
    listenWhile(active: () => boolean) {
      listening = active;
      forgetAll();
    },
  };
}
