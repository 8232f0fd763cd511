import { describe, expect, it } from 'vitest';
import { storageAlarm } from './storage-alarm';

describe('storageAlarm', () => {
  it('stays raised for a short while after a refused write, then clears by itself', async () => {
    const alarm = storageAlarm(40);
    expect(alarm.active()).toBe(false);
    alarm.raise();
    expect(alarm.active()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(alarm.active()).toBe(false);
  });
});
