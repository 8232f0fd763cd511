// Remembers that the database recently refused a write for lack of disk space, so /readyz can
// say so while it lasts. Reads keep working on a full disk, so nothing else would show it.
// Measured on the monotonic clock: this is about the machine, not about any rule's date.
const HOLD_MS = 3_000;

export type StorageAlarm = { raise(): void; active(): boolean };

export function storageAlarm(holdMs = HOLD_MS): StorageAlarm {
  let raisedAt = Number.NEGATIVE_INFINITY;
  return {
    raise: () => {
      raisedAt = performance.now();
    },
    active: () => performance.now() - raisedAt < holdMs,
  };
}
