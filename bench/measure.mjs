/**
 * One in-process measurement for bench/run-returns.ts, in a fresh plain Node process: loads the
 * return validators from the bundle the `kith` command runs (bin/bundle.js), times one validation
 * and prints it as a JSON line: wall and CPU time of the call, peak memory of the whole process.
 *
 * Usage: node bench/measure.mjs <903|903-previous|cin|xsd> <input> <903 year> <CIN year> <LA code>
 * (run-returns.ts gives the years and council it benchmarks with).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { currentBundle } from '../bin/bundle.js';

const [kind, input, YEAR_903, YEAR_CIN, LA] = process.argv.slice(2);
const api = await import(pathToFileURL(join(await currentBundle(), 'returns.js')).href);

const runs = {
  903: () => api.validate903Return([join(input, 'current')], { year: YEAR_903, localAuthority: LA }),
  '903-previous': () =>
    api.validate903Return([join(input, 'current')], {
      year: YEAR_903,
      localAuthority: LA,
      previous: [join(input, 'previous')],
    }),
  cin: () => api.validateCinReturn(input, { year: YEAR_CIN, schema: false }),
  xsd: async () => ({ findings: [], problems: (await api.checkSchema(input, Number(YEAR_CIN))).problems }),
};
const run = runs[kind];
if (!run) throw new Error(`unknown measurement ${kind}`);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const r = await run();
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  `${JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: process.resourceUsage().maxRSS / 1024,
    findings: r.findings.length,
    problems: r.problems.length,
  })}\n`,
);
