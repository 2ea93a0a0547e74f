/**
 * A large 903 return is validated in parts split by child, on several threads (validate-parts.ts).
 * On a generated return with the previous year, every table, a UPN shared by two children (rule 444,
 * which compares children) and problems in the files (bad dates beyond the listing limit, blank and
 * short rows, a row with no CHILD, a quoted file), the report in parts must be exactly the report
 * of one thread: the same findings in the same order, the same problems, the same summary.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate903 } from '../bench/gen-903.ts';
import { validate903Return } from '../src/returns/ssda903/validate.ts';
import { FILE_NAMES_903 } from '../src/returns/ssda903/write-csv.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kith-903-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function spoil(dir: string): void {
  const headerFile = join(dir, FILE_NAMES_903.Header);
  const lines = readFileSync(headerFile, 'utf8').split('\r\n');
  const columns = (lines[0] as string).split(',');
  const upn = columns.indexOf('UPN');
  const dob = columns.indexOf('DOB');
  // Another child takes the first child's UPN (444), and 30 children get a date of birth that is no date.
  const first = (lines[1] as string).split(',');
  const second = (lines[2] as string).split(',');
  second[upn] = first[upn] as string;
  lines[2] = second.join(',');
  for (let i = 3; i < 63; i += 2) {
    const cells = (lines[i] as string).split(',');
    cells[dob] = '31/02/2015';
    lines[i] = cells.join(',');
  }
  writeFileSync(headerFile, lines.join('\r\n'));
  const episodes = join(dir, FILE_NAMES_903.Episodes);
  appendFileSync(episodes, ',,,,,,,,,,,,\r\n,22/01/2025,S,C1\r\n999999,22/01/2025\r\n');
  // A file whose cells are quoted is read by csv-parse, not split on commas.
  const reviews = join(dir, FILE_NAMES_903.Reviews);
  const quoted = readFileSync(reviews, 'utf8').replace(/^([^,\r\n]+),/gm, '"$1",');
  writeFileSync(reviews, `${quoted}"unclosed,01/01/2020\r\n`);
}

describe('903 validation in parts', () => {
  const out = join(tmp, 'return');
  generate903({ children: 1500, out, year: 2026, seed: 11 });
  spoil(join(out, 'current'));
  const inputs = [join(out, 'current')];
  const options = { year: '2026', localAuthority: 'E06000014', previous: [join(out, 'previous')] };

  it('gives the report one thread gives, on threads and in process', async () => {
    const one = await validate903Return(inputs, { ...options, parts: 1 });
    // The return exercises what putting parts together has to get right.
    const codes = new Set(one.findings.map((f) => f.code));
    expect(codes.has('444')).toBe(true);
    expect(codes.size).toBeGreaterThan(40);
    expect(one.problems.some((p) => /more rows like these/.test(p.message))).toBe(true);
    expect(one.problems.some((p) => /blank row/.test(p.message))).toBe(true);
    expect(one.problems.some((p) => p.file.endsWith(FILE_NAMES_903.Reviews))).toBe(true);

    expect(await validate903Return(inputs, { ...options, parts: 2 })).toEqual(one);
    expect(await validate903Return(inputs, { ...options, parts: 3, inProcess: true })).toEqual(one);
  });
});
