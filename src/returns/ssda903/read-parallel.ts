/**
 * Reads a large 903 return on two threads: a worker thread parses some of the files while this
 * thread parses the rest, the files shared out by size (a 100,000-child return's Episodes file is
 * ~40% of it). The result is exactly `read903`'s: the same tables, spreadsheet rows and problems in
 * the same order (the steps are planned and put together here, in order; only the parsing moves).
 *
 * A worker's columns come back dictionary-encoded (each distinct cell once, then an Int32Array of
 * indexes, moved without copying), so a column of repeated codes costs a few bytes to send and
 * decodes into shared strings. If the worker cannot be started or fails, its files are read here:
 * parallel reading is never a reason for a return to fail.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { debugLine } from '../../core/debug.ts';
import type { FileProblem } from '../common/findings.ts';
import { type Cell, ColumnTable } from '../common/table.ts';
import {
  assembleRead903,
  type FileJob903,
  type Parsed903File,
  planRead903,
  type Read903Options,
  type Read903Result,
  readFile903,
} from './read.ts';
import { type BaseTable903, TABLES_903 } from './tables.ts';

/** Below this many bytes in all, a return is read on one thread (a worker costs ~50 ms to start). */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

export interface WorkerInput903 {
  readonly jobs: readonly FileJob903[];
  readonly options: Pick<Read903Options, 'maxCellLength' | 'maxFileBytes'>;
}

interface EncodedColumn {
  readonly name: string;
  readonly dict: Cell[];
  readonly codes: Int32Array;
}

export interface EncodedResult903 {
  readonly table: BaseTable903 | null;
  readonly size: number;
  readonly columns: EncodedColumn[] | null;
  readonly rows: Int32Array;
  readonly problems: FileProblem[];
}

/** A parsed file in a form a worker can post (the code arrays are transferable). */
export function encodeResult903(r: Parsed903File): EncodedResult903 {
  const rows = Int32Array.from(r.rows);
  if (!r.table || !r.data) return { table: null, size: 0, columns: null, rows, problems: r.problems };
  const columns: EncodedColumn[] = [];
  for (const name of TABLES_903[r.table]) {
    const cells = r.data.cells(name) ?? [];
    const index = new Map<Cell, number>();
    const dict: Cell[] = [];
    const codes = new Int32Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i] ?? null;
      let k = index.get(v);
      if (k === undefined) {
        k = dict.length;
        dict.push(v);
        index.set(v, k);
      }
      codes[i] = k;
    }
    columns.push({ name, dict, codes });
  }
  return { table: r.table, size: r.data.size, columns, rows, problems: r.problems };
}

/** The buffers to move rather than copy when posting results. */
export function transferList903(results: readonly EncodedResult903[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const r of results) {
    out.push(r.rows.buffer as ArrayBuffer);
    for (const c of r.columns ?? []) out.push(c.codes.buffer as ArrayBuffer);
  }
  return out;
}

/** Back to a parsed file; CHILD ids are shared with the other files' (see `Parse903Options.childIds`). */
export function decodeResult903(e: EncodedResult903, childIds: Map<string, string>): Parsed903File {
  if (!e.table || !e.columns) return { table: null, data: null, rows: [], problems: e.problems };
  const data = new Map<string, readonly Cell[]>();
  for (const c of e.columns) {
    let dict = c.dict;
    if (c.name === 'CHILD') {
      dict = dict.map((id) => {
        if (id === null) return null;
        const shared = childIds.get(id);
        if (shared !== undefined) return shared;
        childIds.set(id, id);
        return id;
      });
    }
    const cells: Cell[] = new Array(c.codes.length);
    for (let i = 0; i < cells.length; i++) cells[i] = dict[c.codes[i] as number] ?? null;
    data.set(c.name, cells);
  }
  return {
    table: e.table,
    data: new ColumnTable(TABLES_903[e.table], data, e.size),
    rows: Array.from(e.rows),
    problems: e.problems,
  };
}

/**
 * The worker, from the bundle `bin/kith.js` builds (an entry beside this module's chunk) or, running
 * from the sources, through a small JavaScript entry that registers tsx in the worker first. Null
 * when neither exists (e.g. code bundled some other way): the return is then read on one thread.
 */
function startWorker(input: WorkerInput903): Worker | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const module = new URL('./read-worker.ts', here).href;
    return new Worker(new URL('./read-worker-boot.mjs', here), { workerData: { ...input, module } });
  }
  const bundled = new URL('./read-903-worker.js', here);
  if (!existsSync(fileURLToPath(bundled))) return null;
  return new Worker(bundled, { workerData: input });
}

/** Read files on a worker thread: their encoded results, or null when no worker could be started. */
export function readFilesInWorker(input: WorkerInput903): Promise<EncodedResult903[]> | null {
  let worker: Worker | null;
  try {
    worker = startWorker(input);
  } catch (e) {
    debugLine(`could not start the reading thread: ${(e as Error).message}`);
    return null;
  }
  if (!worker) {
    debugLine('no reading thread entry beside this bundle');
    return null;
  }
  const w = worker;
  return new Promise((resolve, reject) => {
    w.once('message', (m: EncodedResult903[]) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`the reading thread stopped (exit code ${code})`)));
  });
}

export interface ReadParallelOptions extends Read903Options {
  /** Returns smaller than this (bytes, all files) are read on one thread; default PARALLEL_FROM_BYTES. */
  readonly parallelFromBytes?: number;
}

/** `read903`, on two threads when the return is large (see the module comment). */
export async function read903Parallel(
  inputs: readonly string[],
  options: ReadParallelOptions,
): Promise<Read903Result> {
  const steps = planRead903(inputs, options);
  const jobs: { job: FileJob903; bytes: number }[] = [];
  for (const step of steps) {
    if (!('job' in step)) continue;
    let bytes = 0;
    try {
      bytes = statSync(step.job.file).size;
    } catch {
      // Counted as empty here; reading it reports the problem.
    }
    jobs.push({ job: step.job, bytes });
  }
  const total = jobs.reduce((s, j) => s + j.bytes, 0);
  const childIds = new Map<string, string>();
  const readHere = (j: { job: FileJob903 }) => readFile903(j.job, options, childIds);
  if (jobs.length < 2 || total < (options.parallelFromBytes ?? PARALLEL_FROM_BYTES)) {
    return assembleRead903(steps, jobs.map(readHere));
  }
  // Largest first, each to the thread with fewer bytes so far.
  const order = jobs.map((_, i) => i).sort((a, b) => (jobs[b]?.bytes ?? 0) - (jobs[a]?.bytes ?? 0));
  const theirs = new Set<number>();
  let mine = 0;
  let other = 0;
  for (const i of order) {
    const b = jobs[i]?.bytes ?? 0;
    if (other < mine) {
      theirs.add(i);
      other += b;
    } else mine += b;
  }
  const sent = jobs.filter((_, i) => theirs.has(i));
  const pending = readFilesInWorker({
    jobs: sent.map((j) => j.job),
    options: { maxCellLength: options.maxCellLength, maxFileBytes: options.maxFileBytes },
  });
  const t0 = performance.now();
  const results: (Parsed903File | undefined)[] = new Array(jobs.length);
  jobs.forEach((j, i) => {
    if (!theirs.has(i) || pending === null) results[i] = readHere(j);
  });
  debugLine(`read ${mine} bytes on this thread in ${Math.round(performance.now() - t0)} ms`);
  if (pending !== null) {
    let encoded: EncodedResult903[] | null = null;
    try {
      encoded = await pending;
      debugLine(`and ${other} bytes on another, received after ${Math.round(performance.now() - t0)} ms`);
    } catch (e) {
      debugLine(`the reading thread failed (${(e as Error).message}); its files are read on this thread`);
    }
    let k = 0;
    jobs.forEach((j, i) => {
      if (!theirs.has(i)) return;
      const e = encoded?.[k++];
      results[i] = e ? decodeResult903(e, childIds) : readHere(j);
    });
    debugLine(`decoded after ${Math.round(performance.now() - t0)} ms`);
  }
  return assembleRead903(steps, results as Parsed903File[]);
}
