import type { ServerResponse } from 'node:http';

// Who is watching which team session on this instance (ADR 1302). The database tells every
// instance that a session changed (LISTEN/NOTIFY, the session id only); each watcher then gets a
// server-sent event and fetches the session again through the API, which checks access anew.

const HEARTBEAT_MS = 20_000;

export type SessionWatchers = ReturnType<typeof sessionWatchers>;

export function sessionWatchers() {
  const bySession = new Map<string, Set<ServerResponse>>();

  const send = (stream: ServerResponse, event: string, data: string) =>
    stream.write(`event: ${event}\ndata: ${data}\n\n`);

  return {
    /** Keeps the stream open and sends `changed` whenever the session changes, until it closes. */
    watch(sessionId: string, stream: ServerResponse) {
      const set = bySession.get(sessionId) ?? new Set();
      bySession.set(sessionId, set.add(stream));
      const heartbeat = setInterval(() => stream.write(': still here\n\n'), HEARTBEAT_MS);
      stream.on('close', () => {
        clearInterval(heartbeat);
        set.delete(stream);
        if (set.size === 0 && bySession.get(sessionId) === set) bySession.delete(sessionId);
      });
      // Tells the page it is connected; anything that changed before this it reads itself.
      stream.write('retry: 2000\n\n');
      send(stream, 'ready', sessionId);
    },
    changed(sessionId: string) {
      for (const stream of bySession.get(sessionId) ?? []) send(stream, 'changed', sessionId);
    },
    /** Notifications may have been missed (the listening connection was lost): refresh all. */
    refreshAll() {
      for (const [sessionId, set] of bySession)
        for (const stream of set) send(stream, 'changed', sessionId);
    },
    /** Ends every stream (the instance stops); browsers reconnect to another instance. */
    endAll() {
      for (const set of bySession.values()) for (const stream of set) stream.end();
      bySession.clear();
    },
    count: () => [...bySession.values()].reduce((n, set) => n + set.size, 0),
  };
}
