/**
 * Validates a large 903 return on several threads at once, split by child (partition.ts): each thread
 * reads every file but keeps only its own children's rows, derives their columns and runs the year's
 * rules on them; this thread then puts the parts together. The report is exactly the one a single
 * thread gives (the same findings, problems and summary, in the same order):
 *
 * - a rule that looks at one child at a time finds in each part exactly the rows it finds in the
 *   whole return, because all of a child's rows, in every table and year, are in one part;
 * - a rule marked `acrossChildren` (e.g. 444, a UPN shared by two children) is run here once, on its
 *   tables put back together from the parts in spreadsheet row order;
 * - each part lists the problems of its own rows, and they are merged by row (read.ts,
 *   `mergeProblemParts`); problems with a file as a whole are the same in every part.
 *
 * The other parts send back only what the report needs (parts/transfer.ts). If a thread cannot be
 * started or fails, its part is validated here: threads are never a reason for a return to fail.
 * parts/part.ts runs one part, parts/workers.ts the threads, parts/merge.ts puts the parts together.
 */

import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { debugLine } from '../../core/debug.ts';
import { type MergedParts, mergeParts } from './parts/merge.ts';
import { jobsOf, type PartInput903, type RuleSelection, validateLocalPart903 } from './parts/part.ts';
import { encodePart903, type PartOutcome903 } from './parts/transfer.ts';
import { validateInWorker, withoutBackgroundCompiles } from './parts/workers.ts';
import { type PostcodeTable, postcodeBytesShared, postcodeTableAsync } from './postcodes.ts';
import type { ReadStep903 } from './read.ts';
import { rulesForYear } from './registry.ts';

export { mergeFindings, mergeTableParts } from './parts/merge.ts';
export type { PartInput903, RuleSelection } from './parts/part.ts';

/** Below this many bytes in all, a return is validated on one thread (a thread costs ~0.1 s to start). */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

/** At most this many parts: beyond it, starting threads and putting parts together outweighs the gain. */
export const MAX_PARTS = 4;

/** How many parts to split a return of this many bytes into. */
export function partsFor(bytes: number, fromBytes: number = PARALLEL_FROM_BYTES): number {
  if (bytes < fromBytes) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_PARTS));
}

/** Total bytes of the files a plan reads (a file that cannot be listed counts as empty). */
export function planBytes(steps: readonly ReadStep903[]): number {
  let total = 0;
  for (const job of jobsOf(steps)) {
    try {
      total += statSync(job.file).size;
    } catch {
      // Reading it reports the problem.
    }
  }
  return total;
}

export interface PartsOptions extends Omit<PartInput903, 'partition'> {
  readonly parts: number;
  /** Validate the other parts one after another on this thread rather than on worker threads (tests). */
  readonly inProcess?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** The postcode table for parts validated on this thread; the shipped one when not given. */
  readonly postcodes?: () => Promise<PostcodeTable>;
  /** The rules to run, for tests (with `inProcess`: worker threads always run the year's rules). */
  readonly rules?: RuleSelection;
  /** How a worker thread is started (tests: one that fails); the bundle's or the sources' entry when not given. */
  readonly startWorker?: (input: PartInput903) => Worker | null;
}

export interface PartsResult extends MergedParts {
  /** How many parts were validated on worker threads (the rest, here). */
  readonly onWorkers: number;
}

/** Validate a return in `parts` parts (see the module comment) and put the report together. */
export async function validateInParts903(options: PartsOptions): Promise<PartsResult> {
  if (options.rules && options.parts > 1 && !options.inProcess)
    throw new Error('rules of your own can only be run in parts in process');
  const selection = options.rules ?? rulesForYear(options.year);
  const input = (index: number): PartInput903 => ({
    steps: options.steps,
    year: options.year,
    localAuthority: options.localAuthority,
    read: options.read,
    partition: { index, count: options.parts },
  });
  const postcodes = options.postcodes ?? (() => postcodeTableAsync());
  const t0 = performance.now();
  const others: (Promise<PartOutcome903> | null)[] = [];
  if (options.parts > 1 && !options.inProcess) {
    const shared = postcodeBytesShared();
    // Awaited by the workers (through messages), not here: a failure is theirs to report.
    shared.catch(() => undefined);
    withoutBackgroundCompiles(options.parts >= availableParallelism(), () => {
      const started: Worker[] = [];
      for (let p = 1; p < options.parts; p++)
        others.push(validateInWorker(input(p), shared, started, options.startWorker));
      return started;
    });
  }
  debugLine(`${others.length} worker threads started`);
  // The shipped postcode table is unpacked off this thread while it reads.
  if (!options.postcodes) void postcodeTableAsync().catch(() => undefined);
  const mine = await validateLocalPart903(input(0), postcodes, options.onProgress, selection);
  if (options.parts <= 1) return { onWorkers: 0, read: mine.read, validated: mine.validated };
  debugLine(
    `part 0 of ${options.parts} read and validated on this thread in ${Math.round(performance.now() - t0)} ms`,
  );
  const outcomes: PartOutcome903[] = [];
  let onWorkers = 0;
  for (let p = 1; p < options.parts; p++) {
    const pending = others[p - 1];
    let outcome: PartOutcome903 | null = null;
    if (pending) {
      try {
        outcome = await pending;
        onWorkers++;
      } catch (e) {
        debugLine(`the thread for part ${p} failed (${(e as Error).message}); its part is validated here`);
      }
    }
    outcomes.push(
      outcome ??
        encodePart903(await validateLocalPart903(input(p), postcodes, undefined, selection), selection),
    );
  }
  debugLine(`all parts back after ${Math.round(performance.now() - t0)} ms`);
  const merged = mergeParts(options, selection, mine, outcomes);
  debugLine(`parts put together after ${Math.round(performance.now() - t0)} ms`);
  return { onWorkers, ...merged };
}
