/**
 * The return commands as a person runs them: `node bin/kith.js 903 validate`, `cin validate` and
 * `conformance`, on the synthetic fixtures in test/fixtures/, checking the JSON shape and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test/fixtures');

type Run = { code: number | null; stdout: string; stderr: string };

/** `kith` with extra environment variables. */
function kithWith(env: Record<string, string>, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/kith.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function kith(...args: string[]): Run {
  return kithWith({}, ...args);
}

interface JsonReport {
  findings: {
    code: string;
    table: string;
    row: number | null;
    child: string | null;
    fields: string[];
    type: string;
  }[];
  summary: {
    return: string;
    collectionYear: string;
    errors: number;
    queries: number;
    byRule: { code: string; count: number }[];
    rulesRun: string[];
    rulesNotRun: { code: string; tables: string[] }[];
    missingImplementations: string[];
    internalProblems: unknown[];
    fileProblems: { fatal: number; error: number; warning: number };
  };
  problems: { level: string; file: string; row: number | null; column: string | null; message: string }[];
  schema?: { status: string; schema: string | null; problems: unknown[] };
}

const tmp = mkdtempSync(join(tmpdir(), 'kith-cli-returns-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('kith 903 validate', () => {
  it('reports the fixture return as JSON, finding the planted error, and exits 1', () => {
    const r = kith(
      '903',
      'validate',
      join(FIXTURES, '903/current'),
      '--previous',
      join(FIXTURES, '903/previous'),
      '--year',
      '2026',
      '--la',
      'E06000014',
      '--format',
      'json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['findings', 'summary', 'problems']);
    for (const f of report.findings) {
      expect(Object.keys(f).slice(0, 5)).toEqual(['code', 'table', 'row', 'child', 'fields']);
    }
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: '103', table: 'Header', row: 3, child: 'T1002', fields: ['ETHNIC'] }),
    );
    expect(report.summary).toMatchObject({ return: 'ssda903', collectionYear: '2026', internalProblems: [] });
    expect(report.summary.errors).toBe(report.findings.length);
    expect(report.summary.rulesRun.length).toBeGreaterThan(50);
    expect(report.problems).toEqual([
      expect.objectContaining({
        level: 'error',
        row: 3,
        column: 'ETHNIC',
        file: join(FIXTURES, '903/current/header.csv'),
      }),
    ]);
  });

  it('exits 0 on a clean return', () => {
    const dir = join(tmp, 'clean');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'header.csv'),
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nT1001,M,14/03/2012,WBRI,G816200112345,,\n',
    );
    writeFileSync(
      join(dir, 'episodes.csv'),
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
        'T1001,10/01/2024,S,C2,N1,U1,PR1,,,,YO1 7HH,YO10 3AA,XXXXXXX\n',
    );
    const r = kith('903', 'validate', dir, '--year', '2026', '--la', 'E06000014', '--format', 'json');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('exits 3 when a file cannot be read, listing the problem and running no rules', () => {
    const dir = join(tmp, 'unreadable');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'episodes.csv'), Buffer.from([0xff, 0xfe, 0x43, 0x00, 0x48, 0x00]));
    const r = kith('903', 'validate', dir, '--year', '2026', '--la', 'E06000014', '--format', 'json');
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.summary.rulesRun).toEqual([]);
    expect(report.problems[0]).toMatchObject({ level: 'fatal', file: join(dir, 'episodes.csv') });
    expect(report.problems[0]?.message).toContain('UTF-16');
  });

  it('writes text grouped by rule, and other formats to --out', () => {
    const text = kith(
      '903',
      'validate',
      join(FIXTURES, '903/current'),
      '--year',
      '2026',
      '--la',
      'E06000014',
    );
    expect(text.stdout).toContain(
      '103 (error, 1 row): The ethnicity code is either not valid or has not been entered.',
    );
    expect(text.stdout).toContain('  Header row 3, child T1002, ETHNIC');
    for (const format of ['csv', 'html', 'xlsx']) {
      const out = join(tmp, `report.${format}`);
      const r = kith(
        '903',
        'validate',
        join(FIXTURES, '903/current'),
        '--year',
        '2026',
        '--la',
        'E06000014',
        '--format',
        format,
        '--out',
        out,
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(readFileSync(out).length).toBeGreaterThan(100);
    }
    expect(readFileSync(join(tmp, 'report.csv'), 'utf8')).toMatch(
      /^kind,code,type,table,row,child,fields,message,file\n/,
    );
    expect(readFileSync(join(tmp, 'report.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 on wrong usage, saying what would be valid', () => {
    const noLa = kith('903', 'validate', join(FIXTURES, '903/current'), '--year', '2026');
    expect(noLa.code).toBe(2);
    expect(noLa.stderr).toContain("required option '--la <code>' not specified");
    const badYear = kith(
      '903',
      'validate',
      join(FIXTURES, '903/current'),
      '--year',
      '1999',
      '--la',
      'E06000014',
    );
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('no SSDA903 ruleset for 1999');
    const badFormat = kith(
      '903',
      'validate',
      join(FIXTURES, '903/current'),
      '--year',
      '2026',
      '--la',
      'E06000014',
      '--format',
      'pdf',
    );
    expect(badFormat.code).toBe(2);
  });

  it('has useful help', () => {
    const r = kith('903', 'validate', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--previous <folder>');
    expect(r.stdout).toContain('Exit codes: 0 no errors');
  });
});

describe('kith cin validate', () => {
  it('reports the fixture census as JSON with the schema check apart, exit code following the errors', () => {
    const r = kith(
      'cin',
      'validate',
      join(FIXTURES, 'cin/census-small.xml'),
      '--year',
      '2025',
      '--format',
      'json',
    );
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['findings', 'summary', 'problems', 'schema']);
    expect(report.summary).toMatchObject({ return: 'cin', collectionYear: '2025' });
    expect(report.problems).toEqual([]);
    expect(['valid', 'not-run']).toContain(report.schema?.status);
    for (const f of report.findings) {
      expect(Object.keys(f).slice(0, 5)).toEqual(['code', 'table', 'row', 'child', 'fields']);
      expect(['error', 'query']).toContain(f.type);
    }
    const errors = report.findings.filter((f) => f.type === 'error').length;
    expect(report.summary.errors).toBe(errors);
    expect(r.code).toBe(errors > 0 ? 1 : 0);
  });

  it('exits 3 for a census that is not well-formed XML, naming the line', () => {
    const file = join(tmp, 'truncated.xml');
    writeFileSync(file, readFileSync(join(FIXTURES, 'cin/census-small.xml'), 'utf8').slice(0, 900));
    const r = kith('cin', 'validate', file, '--year', '2025', '--format', 'json');
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.problems.at(-1)).toMatchObject({ level: 'fatal', file });
    expect(report.problems.at(-1)?.message).toMatch(/^malformed XML at line \d+/);
    expect(report.schema?.status).toBe('not-run');
  });

  it('exits 2 without --year', () => {
    expect(kith('cin', 'validate', join(FIXTURES, 'cin/census-small.xml')).code).toBe(2);
  });
});

describe('kith conformance', () => {
  const dir = join(tmp, 'cases');
  mkdirSync(dir, { recursive: true });
  const version = (cases: unknown[]) => ({
    defined_in: 'lac2022_23',
    active_in_collection_years: ['2026'],
    message: 'The ethnicity code is either not valid or has not been entered.',
    cases,
  });
  const input = {
    Header: {
      columns: ['CHILD', 'ETHNIC'],
      rows: [
        { CHILD: '1', ETHNIC: 'WBRI' },
        { CHILD: '2', ETHNIC: 'XXXX' },
      ],
    },
  };
  const metadata = { collection_start: '01/04/2025', collection_end: '31/03/2026' };
  writeFileSync(
    join(dir, '103.json'),
    JSON.stringify({
      code: '103',
      versions: [
        version([
          { id: '103/lac2022_23/0', inputs: input, metadata, expected: { Header: [1] } },
          { id: '103/lac2022_23/1', inputs: input, metadata, expected: { Header: [0] } },
        ]),
      ],
    }),
  );

  it('prints the failing case with its difference, then "N passed, M failed", and exits 1', () => {
    const r = kith('conformance', 'ssda903', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL 103/lac2022_23/1');
    expect(r.stdout).toContain('Header: not flagged but expected: 0; flagged but not expected: 1');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('exits 0 when every case passes', () => {
    const ok = join(tmp, 'cases-ok');
    mkdirSync(ok, { recursive: true });
    writeFileSync(
      join(ok, '103.json'),
      JSON.stringify({
        code: '103',
        versions: [version([{ id: '103/x/0', inputs: input, metadata, expected: { Header: [1] } }])],
      }),
    );
    const r = kith('conformance', 'ssda903', ok);
    expect(r.stdout.trimEnd()).toBe('1 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('exits 3 for a folder with no cases, and 2 for an unknown return', () => {
    const empty = join(tmp, 'no-cases');
    mkdirSync(empty, { recursive: true });
    const r = kith('conformance', 'ssda903', empty);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('holds no conformance case files');
    expect(kith('conformance', 'ofsted', empty).code).toBe(2);
  });
});

describe('bin/kith.js', () => {
  it('runs the bundle it builds and the sources (KITH_FROM_SOURCE=1) alike', () => {
    const args = ['903', 'validate', join(FIXTURES, '903/current'), '--year', '2026', '--la', 'E06000014'];
    const bundled = kith(...args, '--format', 'json');
    const source = kithWith({ KITH_FROM_SOURCE: '1' }, ...args, '--format', 'json');
    expect(bundled.code).toBe(1);
    expect(source.code).toBe(1);
    expect(JSON.parse(source.stdout)).toEqual(JSON.parse(bundled.stdout));
    // The bundle finds kith's data files (the postcode table here) from the package root.
    expect((JSON.parse(bundled.stdout) as JsonReport).summary.internalProblems).toEqual([]);
  });

  it("validates a return in parts on threads from the bundle, with the bundle's own worker entry", () => {
    const args = ['903', 'validate', join(FIXTURES, '903/current'), '--year', '2026', '--la', 'E06000014'];
    const oneThread = kith(...args, '--format', 'json');
    const r = kithWith({ KITH_DEBUG: '1', KITH_PARTS: '2' }, ...args, '--format', 'json');
    // KITH_DEBUG says when a part came back from its thread, or why no thread was used.
    expect(r.stderr).not.toMatch(/could not start|no worker entry|failed/);
    expect(r.stderr).toMatch(/part 1 received/);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(oneThread.stdout));
  });
});
