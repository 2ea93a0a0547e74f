/**
 * The 903 rules read the reader's columns and never make row objects (ColumnTable): on a 100,000-child
 * return row objects would cost ~100 MB and slow every rule. A generated return with every table and
 * the previous year's files, validated with each year's rules, must leave every table without them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate903 } from '../bench/gen-903.ts';
import { ColumnTable } from '../src/returns/common/table.ts';
import { deriveColumns903 } from '../src/returns/ssda903/derive.ts';
import { metaFor } from '../src/returns/ssda903/meta.ts';
import { read903 } from '../src/returns/ssda903/read.ts';
import { validateTables903 } from '../src/returns/ssda903/validate.ts';
import { COLLECTION_YEARS_903 } from '../src/returns/ssda903/years.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kith-903-columns-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('903 rules on column tables', () => {
  generate903({ children: 300, out: tmp, year: 2026, seed: 3 });

  it.each(COLLECTION_YEARS_903.filter((y) => Number(y) >= 2025))(
    'the %s rules build no row objects',
    (year) => {
      const read = read903([join(tmp, 'current')], {
        collectionYear: year,
        previous: [join(tmp, 'previous')],
      });
      const tables = deriveColumns903(read.tables, 'E06000014');
      expect(Object.keys(tables).length).toBe(24);
      const { summary } = validateTables903(tables, {
        meta: metaFor(year, 'E06000014'),
        sources: read.sources,
      });
      expect(summary.internalProblems).toEqual([]);
      expect(summary.rulesRun.length).toBeGreaterThan(200);
      const built = Object.entries(tables)
        .filter(([, t]) => !(t instanceof ColumnTable) || t.rowsBuilt)
        .map(([name]) => name);
      expect(built).toEqual([]);
    },
  );
});
