/**
 * Worker thread entry of `read903Parallel` (read-parallel.ts): reads the files it is given and
 * posts them back dictionary-encoded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFile903 } from './read.ts';
import { encodeResult903, transferList903, type WorkerInput903 } from './read-parallel.ts';

const input = workerData as WorkerInput903;
const results = input.jobs.map((job) => encodeResult903(readFile903(job, input.options)));
parentPort?.postMessage(results, transferList903(results));
