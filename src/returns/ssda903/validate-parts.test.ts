import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ColumnTable } from '../common/table.ts';
import { column } from './lib/frame.ts';
import { partOfAsciiCell, partOfChild } from './partition.ts';
import { mergeProblemParts, normalise, parse903File, planRead903, read903 } from './read.ts';
import { defineRule } from './rule.ts';
import { TABLES_903 } from './tables.ts';
import { validate903Return } from './validate.ts';
import { mergeTableParts, validateInParts903 } from './validate-parts.ts';

const FIXTURE = new URL('../../../test/fixtures/903/', import.meta.url).pathname;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('partition of a 903 return by child', () => {
  it('puts an id in the same part from the CSV text as from the normalised cell', () => {
    const ids = ['100001', 'a1b2c3', 'ZZ-9', '7', 'child_42', 'Ab'];
    for (const count of [2, 3, 4]) {
      for (const id of ids) {
        const text = `x,${id},y`;
        expect(partOfAsciiCell(text, 2, 2 + id.length, count)).toBe(partOfChild(normalise(id, null), count));
      }
    }
  });

  it('leaves cells that need trimming or are not plain ASCII to the full normalising', () => {
    expect(partOfAsciiCell(' 12 ', 0, 4, 2)).toBe(-1);
    expect(partOfAsciiCell('Zoë', 0, 3, 2)).toBe(-1);
    // A blank CHILD has no child: part 0, like a missing one.
    expect(partOfAsciiCell('a,,b', 2, 2, 3)).toBe(0);
    expect(partOfChild(null, 3)).toBe(0);
  });

  it('shares children out among the parts, the first a little more', () => {
    let first = 0;
    for (let i = 0; i < 20_000; i++) if (partOfChild(String(100_000 + i), 2) === 0) first += 1 / 20_000;
    expect(first).toBeGreaterThan(0.55);
    expect(first).toBeLessThan(0.65);
  });
});

describe('putting the parts of a return back together', () => {
  const header = TABLES_903.Header.join(',');
  // 30 bad dates (more than the 20 listed per kind), blank rows, short and long rows, a row with no CHILD.
  const rows = Array.from({ length: 60 }, (_, i) =>
    i % 2 === 0 ? `${1000 + i},M,3${i % 9}/13/2015,WBRI,,,` : `${1000 + i},F,01/02/2016,WBRI,,,`,
  );
  rows.splice(10, 0, ',,,,,,', '2000,M,01/01/2015', ',F,01/01/2015,WBRI,,,', '2001,M,01/01/2015,WBRI,,,,x');
  const text = `${header}\n${rows.join('\n')}\n\n`;

  it('lists the problems of a file read in parts exactly as one read lists them', () => {
    const whole = parse903File('header.csv', bytes(text), { collectionYear: 2026 });
    expect(whole.problems.some((p) => /more rows like these/.test(p.message))).toBe(true);
    for (const count of [2, 3, 5]) {
      const parts = Array.from({ length: count }, (_, index) =>
        parse903File('header.csv', bytes(text), { collectionYear: 2026, partition: { index, count } }),
      );
      expect(parts.reduce((n, p) => n + (p.data?.size ?? 0), 0)).toBe(whole.data?.size);
      const pieces = parts.map((p) => p.parts);
      expect(pieces.every((p) => p !== undefined)).toBe(true);
      expect(
        mergeProblemParts(
          'header.csv',
          pieces.filter((p) => p !== undefined),
        ),
      ).toEqual(whole.problems);
    }
  });

  it('does the same for quoted CSV text, which is read another way', () => {
    const quoted = text.replace(/^(\d+),/gm, '"$1",');
    expect(quoted).toContain('"');
    const whole = parse903File('header.csv', bytes(quoted), { collectionYear: 2026 });
    const parts = [0, 1].map((index) =>
      parse903File('header.csv', bytes(quoted), { collectionYear: 2026, partition: { index, count: 2 } }),
    );
    const pieces = parts.flatMap((p) => (p.parts ? [p.parts] : []));
    expect(mergeProblemParts('header.csv', pieces)).toEqual(whole.problems);
  });

  it('merges the parts of a table back into spreadsheet row order', () => {
    const whole = parse903File('header.csv', bytes(text), { collectionYear: 2026 });
    const parts = [0, 1, 2].map((index) =>
      parse903File('header.csv', bytes(text), { collectionYear: 2026, partition: { index, count: 3 } }),
    );
    const merged = mergeTableParts(
      parts.map((p) => ({ table: p.data as ColumnTable, source: { file: 'header.csv', rows: p.rows } })),
      ['CHILD', 'DOB'],
    );
    expect(merged.source.rows).toEqual(whole.rows);
    expect(merged.table.cells('CHILD')).toEqual(whole.data?.cells('CHILD'));
    expect(merged.table.cells('DOB')).toEqual(whole.data?.cells('DOB'));
    // Columns not asked for are left out (read as empty).
    expect(merged.table.cells('SEX')).toBeUndefined();
  });
});

describe('validating a 903 return in parts', () => {
  const inputs = [`${FIXTURE}current`];
  const options = { year: '2026', localAuthority: 'E06000014', previous: [`${FIXTURE}previous`] };

  it('reports exactly what one thread reports, parts validated one after another', async () => {
    const one = await validate903Return(inputs, { ...options, parts: 1 });
    expect(one.findings.length).toBeGreaterThan(0);
    for (const parts of [2, 3, 4]) {
      expect(await validate903Return(inputs, { ...options, parts, inProcess: true })).toEqual(one);
    }
  });

  it('really validates a part on a worker thread from the sources (tsx registered in the worker)', async () => {
    const one = await validate903Return(inputs, { ...options, parts: 1 });
    const steps = planRead903(inputs, { collectionYear: '2026', previous: options.previous });
    const two = await validateInParts903({
      steps,
      year: '2026',
      localAuthority: 'E06000014',
      read: {},
      parts: 2,
    });
    expect(two.onWorkers).toBe(1);
    expect(two.validated?.findings).toEqual(one.findings);
    expect(two.read.problems).toEqual(one.problems);
    expect(await validate903Return(inputs, { ...options, parts: 2 })).toEqual(one);
  });

  it('treats a rule that fails on some children as failed for the whole return, as one thread does', async () => {
    const flagsEveryone = defineRule({
      code: 'T1',
      definedIn: 'test',
      message: 'every header row',
      affectedFields: ['CHILD'],
      tables: ['Header'],
      validate(ctx) {
        const children = column(ctx, 'Header', 'CHILD');
        if (children.includes('T1002')) throw new Error('cannot judge T1002');
        return { Header: children.map((_, i) => i) };
      },
    });
    const rules = { rules: [flagsEveryone], missing: [] };
    const steps = planRead903(inputs, { collectionYear: '2026' });
    const run = (parts: number) =>
      validateInParts903({
        steps,
        year: '2026',
        localAuthority: null,
        read: {},
        parts,
        inProcess: true,
        rules,
      });
    const one = await run(1);
    expect(one.validated?.outcome.ran).toEqual([]);
    expect(one.validated?.outcome.internal[0]?.message).toMatch(/cannot judge T1002/);
    // Split so that T1001 and T1002 are in different parts: one part runs the rule, another fails it.
    const parts = [2, 3, 4, 5, 6].find((n) => partOfChild('T1001', n) !== partOfChild('T1002', n));
    expect(parts).toBeDefined();
    const two = await run(parts as number);
    expect(two.validated?.findings).toEqual([]);
    expect(two.validated?.outcome.ran).toEqual([]);
    expect(two.validated?.outcome.internal).toEqual(one.validated?.outcome.internal);
  });

  it('validates a part on this thread when its worker fails or cannot be started', async () => {
    const one = await validate903Return(inputs, { ...options, parts: 1 });
    const steps = planRead903(inputs, { collectionYear: '2026', previous: options.previous });
    const base = { steps, year: '2026', localAuthority: 'E06000014', read: {}, parts: 2 };
    // A worker that stops with an error before it posts anything.
    const dies = () => new Worker('throw new Error("worker died")', { eval: true });
    const failed = await validateInParts903({ ...base, startWorker: dies });
    expect(failed.onWorkers).toBe(0);
    expect(failed.validated?.findings).toEqual(one.findings);
    expect(failed.read.problems).toEqual(one.problems);
    const none = await validateInParts903({ ...base, startWorker: () => null });
    expect(none.onWorkers).toBe(0);
    expect(none.validated?.findings).toEqual(one.findings);
    const refused = await validateInParts903({
      ...base,
      startWorker: () => {
        throw new Error('no threads here');
      },
    });
    expect(refused.validated?.findings).toEqual(one.findings);
  });

  it('runs no rules in any part when a file cannot be used, and reports it once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-903-parts-fatal-'));
    try {
      writeFileSync(join(dir, 'header.csv'), readFileSync(`${FIXTURE}current/header.csv`));
      writeFileSync(join(dir, 'junk.csv'), 'not,a,903,table\n1,2,3,4\n');
      const one = await validate903Return([dir], { ...options, previous: undefined, parts: 1 });
      expect(one.summary.fileProblems.fatal).toBe(1);
      expect(one.findings).toEqual([]);
      expect(
        await validate903Return([dir], { ...options, previous: undefined, parts: 3, inProcess: true }),
      ).toEqual(one);
      expect(await validate903Return([dir], { ...options, previous: undefined, parts: 2 })).toEqual(one);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the same tables in parts as in one piece (part 0 keeps the rows with no CHILD)', async () => {
    const serial = read903(inputs, { collectionYear: '2026' });
    const { read } = await validateInParts903({
      steps: [{ job: { file: `${FIXTURE}current/header.csv`, suffix: '', year: 2026 } }],
      year: '2026',
      localAuthority: null,
      read: {},
      parts: 2,
      inProcess: true,
    });
    const part0 = read.tables.Header as ColumnTable;
    const all = serial.tables.Header as ColumnTable;
    expect(part0.size).toBeLessThanOrEqual(all.size);
    for (const child of part0.cells('CHILD') ?? []) expect(partOfChild(child, 2)).toBe(0);
  });
});
