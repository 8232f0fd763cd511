// Entry of a check:batch worker thread. The command runs TypeScript through tsx; a worker does not
// inherit that, so it registers tsx itself before loading the worker module.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
