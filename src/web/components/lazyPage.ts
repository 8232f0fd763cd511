import { lazy, type ComponentType } from 'react';

/**
 * A page component loaded when its route is first opened, so the app shell every visitor downloads
 * stays small. `name` is the module's named export.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
