import pg from 'pg';
import type { ListenHandlers, Listening } from './client';

const RECONNECT_MS = 1_000;

/**
 * LISTEN on a connection of its own (a pooled connection would be handed to queries). When the
 * connection is lost (a restart, a failover), it reports a gap and tries again every second; the
 * messages sent meanwhile are lost, which is what the gap tells the caller.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  { onMessage, onGap }: ListenHandlers,
): Promise<Listening> {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const lost = () => {
    if (!client) return;
    client.removeAllListeners();
    void client.end().catch(() => undefined);
    client = null;
    onGap();
    if (!stopped) timer = setTimeout(() => void connect(), RECONNECT_MS);
  };

  async function connect() {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', (message) => onMessage(message.payload ?? ''));
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      client = next;
      onGap(); // anything sent before LISTEN took effect was not heard
    } catch {
      next.removeAllListeners();
      void next.end().catch(() => undefined);
      if (!stopped) timer = setTimeout(() => void connect(), RECONNECT_MS);
    }
  }

  await connect();
  return {
    active: () => client !== null,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      const current = client;
      client = null;
      current?.removeAllListeners();
      await current?.end().catch(() => undefined);
    },
  };
}
