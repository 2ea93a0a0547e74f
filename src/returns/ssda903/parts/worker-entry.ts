/**
 * Worker thread entry of `validateInParts903` (../validate-parts.ts): reads and validates one part of a
 * return (its children's rows) and posts the outcome back. The postcode table's data comes from the
 * thread that started it, which decompresses it once for all parts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { debugLine } from '../../../core/debug.ts';
import { type PostcodeTable, postcodeTableFromShared } from '../postcodes.ts';
import { rulesForYear } from '../registry.ts';
import { type PartInput903, validateLocalPart903 } from './part.ts';
import { encodePart903, transferList } from './transfer.ts';
import type { ToWorker903 } from './workers.ts';

debugLine('worker started');
const input = workerData as PartInput903;
const postcodes = new Promise<PostcodeTable>((resolve, reject) => {
  parentPort?.once('message', (m: ToWorker903) => {
    if ('postcodes' in m) resolve(postcodeTableFromShared(m.postcodes));
    else reject(new Error(`the postcode table could not be loaded: ${m.postcodesFailed}`));
  });
});
const selection = rulesForYear(input.year);
const part = await validateLocalPart903(input, () => postcodes, undefined, selection);
const outcome = encodePart903(part, selection);
parentPort?.postMessage(outcome, transferList(outcome));
