/** Developer helper: run the SSDA903 conformance cases for some rule codes (all when none given). */
import { formatReport } from '../src/returns/common/conformance.ts';
import { runConformance903 } from '../src/returns/ssda903/conformance.ts';

const dir = new URL('../../shared/reference/ssda903/conformance/', import.meta.url).pathname;
const only = new Set(process.argv.slice(2));
console.log(formatReport(runConformance903(dir, (code) => only.size === 0 || only.has(code))));
