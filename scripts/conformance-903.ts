/** Developer helper: run the SSDA903 conformance cases for some rule codes (all when none given). */
import { formatReport, runConformance } from '../src/returns/common/conformance.ts';
import { type Case903, check903 } from '../src/returns/ssda903/conformance.ts';

const dir = new URL('../../shared/reference/ssda903/conformance/', import.meta.url).pathname;
const only = new Set(process.argv.slice(2));
const report = runConformance<Case903>(dir, check903, (code) => only.size === 0 || only.has(code));
console.log(formatReport(report));
