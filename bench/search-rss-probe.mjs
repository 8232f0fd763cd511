// Preloaded (`node --expose-gc --import`) into the real server that bench/search-rss.bench.ts
// starts with `scripts/start.mjs`, as `npm start` does. On the driver's 'rss' message it collects
// garbage and answers with the process's memory; the server itself is left unchanged.
import { getHeapSpaceStatistics } from 'node:v8';

const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);

process.on('message', async (message) => {
  if (message !== 'rss') return;
  // Twice, a turn apart: what a collection frees is given back after it (ArrayBuffers' memory is
  // swept concurrently, objects dropped in the same job are still held).
  globalThis.gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  globalThis.gc();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  // Which heap spaces V8 holds more of than it uses (MB used / held), for the stderr log.
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((s) => [
      s.space_name,
      `${mb(s.space_used_size)}/${mb(s.space_size)}`,
    ]),
  );
  process.send({ rss, heapUsed, heapTotal, external, arrayBuffers, spaces });
});
// The IPC channel must not keep a stopping server alive.
process.channel?.unref();
