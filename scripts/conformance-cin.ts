/** Developer helper: run the CIN conformance cases for some rule codes (all when none given). */
import { runConformanceCin } from '../src/returns/cin/conformance.ts';
import { formatReport } from '../src/returns/common/conformance.ts';

const dir = new URL('../../shared/reference/cin/conformance/', import.meta.url).pathname;
const only = new Set(process.argv.slice(2));
console.log(formatReport(runConformanceCin(dir, (code) => only.size === 0 || only.has(code))));
