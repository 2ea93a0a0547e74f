/**
 * The worker threads of a 903 return validated in parts (validate-parts.ts): starting one on the
 * bundle's worker entry (or, from the sources, through tsx), sending it the postcode table's data,
 * and waiting for its part's outcome.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { debugLine } from '../../../core/debug.ts';
import type { PartInput903 } from './part.ts';
import type { PartOutcome903 } from './transfer.ts';

/**
 * The worker, from the bundle `bin/kith.js` builds (an entry beside this module's chunk) or, running
 * from the sources, through a small JavaScript entry that registers tsx in the worker first. Null
 * when neither exists (e.g. code bundled some other way): the part is then validated on this thread.
 */
export function startWorker(input: PartInput903): Worker | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const module = new URL('./worker-entry.ts', here).href;
    return new Worker(new URL('./worker-boot.mjs', here), { workerData: { ...input, module } });
  }
  const bundled = new URL('./validate-903-worker.js', here);
  if (!existsSync(fileURLToPath(bundled))) return null;
  return new Worker(bundled, { workerData: input });
}

/**
 * Validate a part on a worker thread: its outcome, or null when no worker could be started. The
 * worker is sent the postcode table's data when this thread has it (see `postcodeBytesShared`).
 */
export function validateInWorker(
  input: PartInput903,
  postcodes: Promise<SharedArrayBuffer>,
  started: Worker[],
  start: (input: PartInput903) => Worker | null = startWorker,
): Promise<PartOutcome903> | null {
  let worker: Worker | null;
  try {
    worker = start(input);
    if (worker) started.push(worker);
  } catch (e) {
    debugLine(`could not start a thread for part ${input.partition.index}: ${(e as Error).message}`);
    return null;
  }
  if (!worker) {
    debugLine('no worker entry beside this bundle');
    return null;
  }
  const w = worker;
  return new Promise((resolve, reject) => {
    postcodes.then(
      (shared) => w.postMessage({ postcodes: shared }),
      (e: Error) => w.postMessage({ postcodesFailed: e.message }),
    );
    w.once('message', (m: PartOutcome903) => {
      debugLine(`part ${input.partition.index} received`);
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`the thread stopped (exit code ${code})`)));
  });
}

/**
 * Start workers whose isolates optimise code on their own thread rather than on a background one,
 * when `busy` (as many threads as cores): every core is then running a part, and V8's background
 * compiles only take turns with them (measured on two cores: ~0.15 s sooner, ~0.4 s less CPU for a
 * 100,000-child return). V8 reads the flag as an isolate starts, so it is set for the workers'
 * start only and restored once they run; this thread's isolate is unchanged.
 */
export function withoutBackgroundCompiles(busy: boolean, start: () => Worker[]): void {
  if (!busy) {
    start();
    return;
  }
  setFlagsFromString('--no-concurrent-recompilation');
  let workers: Worker[] = [];
  try {
    workers = start();
  } finally {
    let waiting = workers.length;
    const restore = () => {
      if (--waiting <= 0) setFlagsFromString('--concurrent-recompilation');
    };
    if (waiting === 0) restore();
    for (const w of workers) {
      let done = false;
      const once = () => {
        if (!done) {
          done = true;
          restore();
        }
      };
      w.once('online', once);
      w.once('error', once);
      w.once('exit', once);
    }
  }
}

/** A worker's message from the thread that started it. */
export type ToWorker903 = { readonly postcodes: SharedArrayBuffer } | { readonly postcodesFailed: string };
