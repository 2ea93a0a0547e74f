// Running from the TypeScript sources (tests, tsx), a worker thread needs tsx registered in it
// before it can load worker-entry.ts; the bundle (bin/kith.js) has a JavaScript worker entry instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
