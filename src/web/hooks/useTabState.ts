import { useEffect, useState } from 'react';

/**
 * State that survives a reload of this tab and nothing more: it lives in sessionStorage, which
 * the browser keeps per tab and wipes when the tab closes. Nothing is sent anywhere. A stored value
 * from an older version fills in only the fields that the current empty value has.
 */
export function useTabState<T extends object>(key: string, empty: () => T) {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
      return stored && typeof stored === 'object' && !Array.isArray(stored)
        ? { ...empty(), ...(stored as Partial<T>) }
        : empty();
    } catch {
      return empty();
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or blocked (private mode): the check still works, only without keeping.
    }
  }, [key, value]);
  return [value, setValue] as const;
}
