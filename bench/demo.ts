/**
 * Benchmark: generate demo councils into fresh embedded databases and report time, database size and
 * the overdue-obligation rates by clock, so the two practice profiles can be compared.
 *   npx tsx bench/demo.ts --children 20000 --seed 1 [--profiles inadequate-2017,good-2019] [--as-at 2026-03-31]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { generateDemo } from '../src/demo/generate.ts';
import type { ProfileName } from '../src/demo/profiles.ts';
import { openStore } from '../src/store/db.ts';

const { values } = parseArgs({
  options: {
    children: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    profiles: { type: 'string', default: 'inadequate-2017,good-2019' },
    'as-at': { type: 'string', default: '2026-03-31' },
    keep: { type: 'boolean', default: false },
  },
});

const children = Number(values.children);
const results: string[] = [];
const byKind = new Map<string, Record<string, string>>();
for (const profile of (values.profiles as string).split(',') as ProfileName[]) {
  const dir = mkdtempSync(join(tmpdir(), `kith-bench-${profile}-`));
  const store = await openStore({ dataDir: dir });
  const t0 = performance.now();
  const s = await generateDemo(store.db, {
    children,
    seed: Number(values.seed),
    profile,
    asAt: values['as-at'] as string,
  });
  const secs = (performance.now() - t0) / 1000;
  const kinds = await store.db
    .selectFrom('obligation')
    .where('state', '!=', 'not_applicable')
    .select([
      'kind',
      sql<number>`count(*)::int`.as('all'),
      sql<number>`count(*) filter (where state = 'overdue')::int`.as('overdue'),
      sql<number>`count(*) filter (where state in ('overdue', 'met_late'))::int`.as('late'),
    ])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  for (const k of kinds) {
    const row = byKind.get(k.kind) ?? {};
    row[profile] = `${((100 * k.late) / Math.max(1, k.all)).toFixed(0)}% late (${k.overdue} overdue)`;
    byKind.set(k.kind, row);
  }
  await store.close();
  const size = execFileSync('du', ['-sh', dir]).toString().split('\t')[0];
  results.push(
    `| ${profile} | ${children} | ${secs.toFixed(1)} s | ${s.facts} | ${s.obligations} | ${s.overdue} (${((100 * s.overdue) / s.obligations).toFixed(1)}%) | ${size} |`,
  );
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
const profiles = (values.profiles as string).split(',');
console.log('| profile | children | time | facts | obligations | overdue now | database size |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) console.log(r);
console.log(`\n| clock | ${profiles.join(' | ')} |`);
console.log(`| --- | ${profiles.map(() => '---').join(' | ')} |`);
for (const [kind, row] of byKind)
  console.log(`| ${kind} | ${profiles.map((p) => row[p] ?? '').join(' | ')} |`);
