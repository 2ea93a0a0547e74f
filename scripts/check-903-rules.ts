/**
 * Development check for rule rewrites: runs only the named SSDA903 rules (their 2025/26 versions)
 * over the 100,000-child bench return, with and without the previous year, and compares their
 * findings with a saved full run (`kith 903 validate ... --format json`) of the same data.
 *
 * Usage: npx tsx scripts/check-903-rules.ts <baseline.json> <baseline-with-previous.json> CODE [CODE ...]
 * The bench data is in bench/out/903-100k (made by `npx tsx bench/run-returns.ts --scales 100000 --returns 903`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ColumnTable } from '../src/returns/common/table.ts';
import { deriveColumns903 } from '../src/returns/ssda903/derive.ts';
import { metaFor } from '../src/returns/ssda903/meta.ts';
import { read903 } from '../src/returns/ssda903/read.ts';
import type { RuleVersion903 } from '../src/returns/ssda903/rule.ts';
import rulesets from '../src/returns/ssda903/rulesets.json' with { type: 'json' };
import { validateTables903 } from '../src/returns/ssda903/validate.ts';

interface JsonFinding {
  code: string;
  table: string;
  row: number;
  child: string | null;
  fields: string[];
}

const [basePath, basePrevPath, ...codes] = process.argv.slice(2);
if (!basePath || !basePrevPath || codes.length === 0) {
  console.error('usage: check-903-rules.ts <baseline.json> <baseline-with-previous.json> CODE [CODE ...]');
  process.exit(2);
}
const YEAR = '2026';
const DIR = new URL('../bench/out/903-100k/', import.meta.url).pathname;
const year = (rulesets.years as Record<string, Record<string, string>>)[YEAR] as Record<string, string>;

const rules: RuleVersion903[] = [];
for (const code of codes) {
  const mod = (await import(`../src/returns/ssda903/rules/${code}.ts`)) as { versions: RuleVersion903[] };
  const v = mod.versions.find((x) => x.definedIn === year[code]);
  if (!v) throw new Error(`${code} has no version ${year[code]} (is it in the ${YEAR} ruleset?)`);
  rules.push(v);
}

const key = (f: JsonFinding) => `${f.code}|${f.table}|${f.row}|${f.child}|${f.fields.join(';')}`;
let failed = 0;
for (const [label, base, previous] of [
  ['current year', basePath, undefined],
  ['with previous year', basePrevPath, [join(DIR, 'previous')]],
] as const) {
  const read = read903([join(DIR, 'current')], { collectionYear: YEAR, previous });
  const tables = deriveColumns903(read.tables, 'E06000014');
  const t0 = performance.now();
  const { findings, summary } = validateTables903(tables, {
    meta: metaFor(YEAR, 'E06000014'),
    sources: read.sources,
    rules: { rules, missing: [] },
  });
  const ms = performance.now() - t0;
  const expected = (JSON.parse(readFileSync(base, 'utf8')) as { findings: JsonFinding[] }).findings
    .filter((f) => codes.includes(f.code))
    .map(key);
  const got = findings.map((f) => key({ ...f, row: f.row ?? 0, fields: [...f.fields] }));
  const want = new Set(expected);
  const have = new Set(got);
  const missing = expected.filter((k) => !have.has(k));
  const extra = got.filter((k) => !want.has(k));
  const materialised = Object.entries(tables).filter(([, t]) => t instanceof ColumnTable && t.rowsBuilt);
  for (const p of summary.internalProblems) console.log(`  internal problem: ${p.message}`);
  console.log(
    `${label}: ${got.length} findings (expected ${expected.length}), ${missing.length} missing, ${extra.length} extra, ${ms.toFixed(0)} ms` +
      (materialised.length ? `; ROW OBJECTS BUILT for ${materialised.map(([n]) => n).join(', ')}` : ''),
  );
  for (const k of missing.slice(0, 5)) console.log(`  missing ${k}`);
  for (const k of extra.slice(0, 5)) console.log(`  extra   ${k}`);
  if (missing.length || extra.length || materialised.length || summary.internalProblems.length) failed++;
}
console.log(failed ? 'DIFFERENT' : 'SAME');
process.exit(failed ? 1 : 0);
