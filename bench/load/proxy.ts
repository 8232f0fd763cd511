// A small round-robin reverse proxy, as a load balancer in front of two app instances would be.
// It adds X-Forwarded-For (the app trusts one hop) and counts answers per instance. The bench's
// virtual residents each claim an address of their own (x-bench-client), so per-address limits
// (the public calculator allows 60 a minute) see many people, as in production.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type UpstreamStats = { requests: number; latencies: number[]; errors: Map<number, number> };

export async function startProxy(upstreams: string[]) {
  const stats = upstreams.map<UpstreamStats>(() => ({
    requests: 0,
    latencies: [],
    errors: new Map(),
  }));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const index = next++ % upstreams.length;
    const target = new URL(req.url ?? '/', upstreams[index]);
    const started = performance.now();
    const client = String(req.headers['x-bench-client'] ?? req.socket.remoteAddress);
    const headers: http.OutgoingHttpHeaders = {
      ...req.headers,
      'x-forwarded-for': client,
      host: target.host,
    };
    delete headers['x-bench-client'];
    const upstream = http.request(target, { method: req.method, headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('end', () => {
        const s = stats[index]!;
        s.requests++;
        s.latencies.push(performance.now() - started);
        const status = answer.statusCode ?? 502;
        if (status >= 400) s.errors.set(status, (s.errors.get(status) ?? 0) + 1);
      });
    });
    upstream.on('error', () => {
      stats[index]!.errors.set(502, (stats[index]!.errors.get(502) ?? 0) + 1);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  // Keep idle client connections longer than the client does, as load balancers do, so a reused
  // connection is never closed under a request (Node's default is 5 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stats,
    /** Forgets the warm-up (sign-ins), so the figures cover the working load only. */
    resetStats: () =>
      stats.forEach((s) => Object.assign(s, { requests: 0, latencies: [], errors: new Map() })),
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
