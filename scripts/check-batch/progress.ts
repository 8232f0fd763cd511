// The progress bar on stderr: redrawn in place on a terminal (10 times a second), a line every
// two seconds when stderr is a file or a pipe.
import type { Writable } from 'node:stream';

function bar(done: number, total: number, rows: number): string {
  const width = 30;
  const frac = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(frac * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(frac * 100)).padStart(3)}%  ${rows} huishoudens`;
}

export class Progress {
  private last: number;
  private readonly tty: boolean;

  constructor(
    private readonly stderr: Writable & { isTTY?: boolean },
    private readonly totalBytes: number,
    started: number,
  ) {
    this.tty = Boolean(stderr.isTTY);
    this.last = started; // the first bar after the first interval, not at once
  }

  /** Redraws when the interval has passed. */
  update(bytes: number, rows: number): void {
    const now = performance.now();
    if (now - this.last < (this.tty ? 100 : 2000)) return;
    this.last = now;
    this.stderr.write(`${this.tty ? '\r' : ''}${bar(bytes, this.totalBytes, rows)}`);
    if (!this.tty) this.stderr.write('\n');
  }

  /** The full bar, once at the end. */
  done(rows: number): void {
    this.stderr.write(`${this.tty ? '\r' : ''}${bar(this.totalBytes, this.totalBytes, rows)}\n`);
  }
}
