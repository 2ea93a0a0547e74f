/**
 * Checking a census in batches of children (validate.ts) must find exactly what one run over the
 * whole census finds, in the same order: on a generated census whatever the batch size, and for
 * each rule that looks across children when what it compares falls in different batches.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCin } from '../../../bench/gen-cin.ts';
import { runConformance } from '../common/conformance.ts';
import type { ValidationReport } from '../common/findings.ts';
import { type CaseCin, caseMeta } from './conformance.ts';
import { RepeatedValues } from './lib/across.ts';
import { upnNumber } from './lib/codes.ts';
import { NumberColumn } from './lib/columns.ts';
import { childKey } from './lib/derived.ts';
import { metaForYear } from './meta.ts';
import { readCinFile } from './read.ts';
import { findRuleVersionCin } from './registry.ts';
import type { CinRow, CinTable, RuleVersionCin, TablesCin } from './rule.ts';
import { RULE_FILES } from './rules/index.ts';
import { type BatchInputCin, CinRuleRun, type RunOutcomeCin } from './run.ts';
import type { TableNameCin } from './tables.ts';
import { validateCinReturn, validateTablesCin } from './validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'kith-cin-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});

const check = (file: string, batchChildren: number): Promise<ValidationReport> =>
  validateCinReturn(file, { year: '2025', schema: false, batchChildren });

describe('a generated census checked in batches', () => {
  const file = join(dir, 'generated.xml');
  beforeAll(async () => {
    // Some children share an LAchildID or have none, and some share a UPN.
    await generateCin({ children: 400, out: file, year: 2025, seed: 7, sharedIds: true });
  });

  it('gives the same report in batches of 1, 3 and 50 children as in one batch', async () => {
    const whole = await check(file, 1_000_000);
    const codes = new Set(whole.findings.map((f) => f.code));
    for (const code of ['1520', '8500', '8510']) expect(codes).toContain(code);
    expect(whole.findings.length).toBeGreaterThan(500);
    for (const size of [1, 3, 50]) expect(await check(file, size)).toEqual(whole);
  });

  it('reads again, together, the children whose LAchildID came in more than one batch', async () => {
    const redo = vi.spyOn(CinRuleRun.prototype, 'redoChildren');
    await check(file, 3);
    expect(redo).toHaveBeenCalledOnce();
    const keys = redo.mock.calls[0]?.[0] as ReadonlySet<string>;
    // Children with no LAchildID join each other (key ''), wherever they are.
    expect(keys.has('')).toBe(true);
    expect(keys.size).toBeGreaterThan(2);
  });

  it('finds what the rules find over the tables of the whole census', async () => {
    const read = await readCinFile(file);
    const tables = validateTablesCin(read.tables, {
      collectionYear: '2025',
      meta: metaForYear('2025'),
      lines: read.lines,
      file,
    });
    const batched = await check(file, 3);
    expect(batched.findings).toEqual(tables.findings);
    expect(batched.summary).toEqual({ ...tables.summary, fileProblems: batched.summary.fileProblems });
  });
});

const HEADER =
  '<Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>' +
  '<ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>';

interface ChildXml {
  readonly id?: string | null;
  readonly upn?: string;
  readonly sex?: string | null;
  readonly disabilities?: readonly string[];
  /** Elements inside the child's one CINdetails (none when null). */
  readonly cin?: string | null;
}

/** A child with a birth date, an ethnicity and, unless `cin: null`, one open episode. */
function childXml(c: ChildXml): string {
  const id = c.id === undefined ? '' : c.id === null ? '' : `<LAchildID>${c.id}</LAchildID>`;
  const upn = c.upn ? `<UPN>${c.upn}</UPN>` : '';
  const sex = c.sex === null ? '' : `<Sex>${c.sex ?? 'F'}</Sex>`;
  const disabilities = c.disabilities?.length
    ? `<Disabilities>${c.disabilities.map((d) => `<Disability>${d}</Disability>`).join('')}</Disabilities>`
    : '';
  const cin =
    c.cin === null
      ? ''
      : `<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>0</ReferralNFA>${c.cin ?? ''}</CINdetails>`;
  return (
    `<Child>\n<ChildIdentifiers>${id}${upn}<PersonBirthDate>2015-01-01</PersonBirthDate>${sex}</ChildIdentifiers>\n` +
    `<ChildCharacteristics><Ethnicity>WBRI</Ethnicity>${disabilities}</ChildCharacteristics>\n${cin}\n</Child>\n`
  );
}

let files = 0;
function census(children: readonly ChildXml[], header = HEADER, headerLast = false): string {
  const body = `<Children>\n${children.map(childXml).join('')}</Children>\n`;
  const file = join(dir, `census-${++files}.xml`);
  writeFileSync(file, `<Message>\n${headerLast ? body + header : header + body}</Message>\n`);
  return file;
}

/** Checked one child per batch, and in one batch: the same report; the one-child batches' findings. */
async function oneChildBatches(file: string): Promise<ValidationReport> {
  const batched = await check(file, 1);
  expect(batched).toEqual(await check(file, 1_000_000));
  return batched;
}

const codesOf = (r: ValidationReport): string[] => r.findings.map((f) => f.code);
const plain = (n: number): ChildXml[] => Array.from({ length: n }, (_, i) => ({ id: `P${i}` }));

describe('rules across children, with what they compare in different batches', () => {
  it('1520 flags a UPN that two children in different batches share', async () => {
    const file = census([{ id: 'A', upn: 'A816123456789' }, { id: 'B' }, { id: 'C', upn: 'A816123456789' }]);
    const r = await oneChildBatches(file);
    expect(r.findings.filter((f) => f.code === '1520').map((f) => f.child)).toEqual(['A', 'C']);
  });

  it('8510 flags an LAchildID that two children in different batches share', async () => {
    const r = await oneChildBatches(census([{ id: 'A' }, { id: 'B' }, { id: 'A' }]));
    const flagged = r.findings.filter((f) => f.code === '8510');
    expect(flagged.map((f) => [f.child, f.row])).toEqual([
      ['A', 4],
      ['A', 14],
    ]);
  });

  it('2883 counts the conferences of every batch against the plans of every other', async () => {
    const plan = (start: string) =>
      `<ChildProtectionPlans><CPPstartDate>${start}</CPPstartDate></ChildProtectionPlans>`;
    const conference = (day: string) =>
      `<Section47><S47ActualStartDate>2024-06-01</S47ActualStartDate><DateOfInitialCPC>${day}</DateOfInitialCPC></Section47>`;
    // Two plans in one child, the two conferences in another: as many plans as conferences.
    const even = census([
      { id: 'A', cin: plan('2024-07-01') + plan('2024-08-01') },
      { id: 'B', cin: conference('2024-07-01') + conference('2024-08-01') },
    ]);
    expect(codesOf(await oneChildBatches(even))).not.toContain('2883');
    const more = census([
      { id: 'A', cin: plan('2024-07-01') + plan('2024-08-01') },
      { id: 'B', cin: conference('2024-07-01') },
    ]);
    expect(codesOf(await oneChildBatches(more))).toContain('2883');
  });

  it('2886Q takes the share of children with no sex over the whole return, not per batch', async () => {
    // One child in 60 (1.7%) has no sex recorded: under 2% of the return, all of its own batch.
    const file = census([{ id: 'N', sex: null }, ...plain(59)]);
    expect(codesOf(await oneChildBatches(file))).not.toContain('2886Q');
    const more = census([{ id: 'N', sex: null }, { id: 'M', sex: null }, ...plain(58)]);
    expect(codesOf(await oneChildBatches(more))).toContain('2886Q');
  });

  it('2887Q counts the disability codes of the whole return, not per batch', async () => {
    const codes = ['AUT', 'BEH', 'COMM', 'CON', 'DDA', 'HAND', 'HEAR', 'INC'];
    const eight = census(codes.map((d, i) => ({ id: `D${i}`, disabilities: [d] })));
    expect(codesOf(await oneChildBatches(eight))).not.toContain('2887Q');
    const seven = census(codes.slice(1).map((d, i) => ({ id: `D${i}`, disabilities: [d] })));
    expect(codesOf(await oneChildBatches(seven))).toContain('2887Q');
  });

  it('2888Q sees two codes of one LAchildID given in two children in different batches', async () => {
    const split = census([
      { id: 'X', disabilities: ['AUT'] },
      { id: 'Y' },
      { id: 'X', disabilities: ['HEAR'] },
    ]);
    expect(codesOf(await oneChildBatches(split))).not.toContain('2888Q');
    const single = census([
      { id: 'X', disabilities: ['AUT'] },
      { id: 'Y' },
      { id: 'Z', disabilities: ['HEAR'] },
    ]);
    expect(codesOf(await oneChildBatches(single))).toContain('2888Q');
  });

  it('a per-child rule joins the children of one LAchildID, or of none, across batches (8590)', async () => {
    // The first A and the first unidentified child have no episode; the later ones do.
    const file = census([
      { id: 'A', cin: null },
      { id: null, cin: null },
      { id: 'B' },
      { id: 'A' },
      { id: null },
    ]);
    const r = await oneChildBatches(file);
    expect(r.findings.filter((f) => f.code === '8590')).toEqual([]);
    const alone = census([{ id: 'A', cin: null }, { id: 'B' }]);
    expect(
      (await oneChildBatches(alone)).findings.filter((f) => f.code === '8590').map((f) => f.child),
    ).toEqual(['A']);
  });

  it('100 reads the Header once, however many batches there are', async () => {
    const header = HEADER.replace('2025-03-31', '2025-03-30');
    const r = await oneChildBatches(census(plain(3), header));
    expect(codesOf(r).filter((c) => c === '100')).toHaveLength(1);
  });

  it('takes the census period from a Header that comes after the children', async () => {
    // The period ends 31 March 2024, so a closure in June 2024 is outside it (8620).
    const header = HEADER.replace('2025-03-31', '2024-03-31');
    const closed = '<CINclosureDate>2024-06-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>';
    const r = await oneChildBatches(census([{ id: 'A', cin: closed }, { id: 'B' }], header, true));
    expect(codesOf(r)).toContain('8620');
  });
});

describe('the conformance cases checked in two halves', () => {
  const cases = new URL('../../../../shared/reference/cin/conformance/', import.meta.url).pathname;

  /** The case's tables as one batch, or as two halves of every table with the split children again. */
  function findings(rule: RuleVersionCin, c: CaseCin, halves: boolean): RunOutcomeCin {
    const meta = caseMeta(c.metadata, rule.definedIn);
    const tables: TablesCin = {};
    for (const [name, t] of Object.entries(c.inputs)) tables[name as TableNameCin] = t;
    const run = new CinRuleRun([rule], meta, null);
    if (!halves) {
      run.addBatch({ tables });
      run.addHeader(tables);
      return run.finish();
    }
    const names = Object.keys(tables).filter((t) => t !== 'Header') as TableNameCin[];
    const part = (keep: (row: CinRow, i: number, n: number) => boolean): BatchInputCin => {
      const batch: TablesCin = {};
      const positions: Partial<Record<TableNameCin, number[]>> = {};
      for (const name of names) {
        const t = tables[name] as CinTable;
        const at = t.rows.map((_, i) => i).filter((i) => keep(t.rows[i] as CinRow, i, t.rows.length));
        batch[name] = { columns: t.columns, rows: at.map((i) => t.rows[i] as CinRow) };
        positions[name] = at;
      }
      return { tables: batch, positions };
    };
    run.addBatch(part((_, i, n) => i < n / 2));
    run.addBatch(part((_, i, n) => i >= n / 2));
    run.addHeader(tables.Header ? { Header: tables.Header } : {});
    const split = run.splitChildren();
    if (split.size > 0)
      run.redoChildren(
        split,
        part((row) => split.has(childKey(row.LAchildID))),
      );
    return run.finish();
  }

  it.skipIf(!existsSync(cases))('finds what one batch finds, for every recorded case', () => {
    const report = runConformance<CaseCin>(cases, (code, version, c) => {
      const rule = findRuleVersionCin(code, version.defined_in);
      if (!rule) return { id: c.id, ok: false, diff: `no rule ${code} (${version.defined_in})` };
      const one = findings(rule, c, false);
      const two = findings(rule, c, true);
      const same = JSON.stringify(one) === JSON.stringify(two);
      return { id: c.id, ok: same, diff: same ? '' : `${JSON.stringify(one)}\n${JSON.stringify(two)}` };
    });
    expect(report.failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(90);
  });
});

describe('which rules look across children', () => {
  it('are the ones validate.ts documents', () => {
    const across = new Set<string>();
    const header = new Set<string>();
    for (const f of RULE_FILES) {
      for (const v of f.versions) {
        if (v.acrossChildren) across.add(v.code);
        if (v.scope === 'header') header.add(v.code);
      }
    }
    expect([...across].sort()).toEqual(['1520', '2883', '2886Q', '2887Q', '2888Q', '8510']);
    expect([...header]).toEqual(['100']);
  });
});

describe('compact whole-return state', () => {
  it('RepeatedValues finds repeated values, as numbers or as text', () => {
    const upns = new RepeatedValues(upnNumber);
    ['A816123456789', 'B1', 'A816123456789', 'b1', 'B1', 'A81612345678X'].forEach((v, i) => {
      upns.add(v, i);
    });
    upns.add(null, 6);
    expect(upns.positions()).toEqual([0, 1, 2, 4]);
  });

  it('upnNumber gives UPNs of the usual shape different numbers, and others none', () => {
    const seen = new Set<number>();
    for (const upn of ['A000000000000', 'A000000000001', 'A00000000000A', 'B000000000000', 'Z99999999999Z']) {
      const n = upnNumber(upn);
      expect(Number.isSafeInteger(n)).toBe(true);
      seen.add(n as number);
    }
    expect(seen.size).toBe(5);
    for (const other of ['a000000000000', 'A00000000000', 'A0000000000001', 'A00000000000a']) {
      expect(upnNumber(other)).toBeNull();
    }
  });

  it('NumberColumn keeps every value exactly as it widens', () => {
    const column = new NumberColumn();
    const values = [1, 200, 70_000, 5_000_000_000, 2.5, 3];
    for (let i = 0; i < 40; i++) for (const v of values) column.push(v * (i + 1));
    expect(column.length).toBe(240);
    expect(column.get(0)).toBe(1);
    expect(column.get(239)).toBe(120);
    expect(column.get(3 + 6 * 39)).toBe(5_000_000_000 * 40);
  });
});
