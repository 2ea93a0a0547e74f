import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { countByRule, type Finding, hasErrors, ProblemList, type ValidationReport } from './findings.ts';
import {
  csvChunks,
  jsonChunks,
  renderCsv,
  renderHtml,
  renderJson,
  renderReport,
  renderText,
  renderXlsx,
} from './report.ts';

const finding = (code: string, row: number, child: string, type: Finding['type'] = 'error'): Finding => ({
  code,
  message: `message <${code}> & "quoted"`,
  type,
  table: 'Episodes',
  row,
  child,
  fields: ['DECOM', 'DEC'],
  file: '/data/episodes.csv',
});

const findings = [
  finding('356', 2, 'C1'),
  finding('356', 5, 'C2'),
  finding('356', 9, 'C3'),
  finding('356', 12, 'C4'),
  finding('8525Q', 3, 'C9', 'query'),
];
const report: ValidationReport = {
  findings,
  problems: [
    {
      level: 'error',
      file: '/data/episodes.csv',
      row: 7,
      column: 'DECOM',
      message: "row 7, DECOM: 'x' is not a date",
    },
  ],
  summary: {
    return: 'ssda903',
    collectionYear: '2026',
    errors: 4,
    queries: 1,
    byRule: countByRule(findings),
    rulesRun: ['356', '8525Q', '103'],
    rulesNotRun: [
      { code: '134', tables: ['OC3', 'AD1'] },
      { code: '219', tables: [] },
    ],
    missingImplementations: [],
    internalProblems: [],
    fileProblems: { fatal: 0, error: 1, warning: 0 },
  },
};

describe('renderText', () => {
  it('groups findings by rule with counts and three examples, then the file problems', () => {
    const text = renderText(report);
    expect(text).toContain('SSDA903 2025/26: 4 errors, 1 query from 2 rules (3 rules run)');
    expect(text).toContain('356 (error, 4 rows): message <356> & "quoted"');
    expect(text).toContain('  Episodes row 2, child C1, DECOM, DEC');
    expect(text).toContain('  … and 1 more');
    expect(text).not.toContain('row 12');
    expect(text).toContain('8525Q (query, 1 row)');
    expect(text).toContain("error   episodes.csv: row 7, DECOM: 'x' is not a date");
    expect(text).toContain('2 rules not run because data they need was not supplied:');
    expect(text).toContain('  tables: OC3 (1), AD1 (1)');
  });
  it('says plainly when the return could not be read', () => {
    const unreadable = {
      ...report,
      summary: { ...report.summary, fileProblems: { fatal: 1, error: 0, warning: 0 } },
    };
    expect(renderText(unreadable)).toContain('the return could not be read, so no rules were run');
  });
});

describe('renderJson', () => {
  it('is {"findings":[{"code","table","row","child","fields",...}],"summary":{...}}', () => {
    const json = JSON.parse(renderJson(report));
    expect(Object.keys(json)).toEqual(['findings', 'summary', 'problems']);
    expect(Object.keys(json.findings[0]).slice(0, 5)).toEqual(['code', 'table', 'row', 'child', 'fields']);
    expect(json.findings[0]).toMatchObject({
      code: '356',
      table: 'Episodes',
      row: 2,
      child: 'C1',
      fields: ['DECOM', 'DEC'],
    });
    expect(json.summary.byRule).toEqual([
      { code: '356', message: 'message <356> & "quoted"', type: 'error', count: 4 },
      { code: '8525Q', message: 'message <8525Q> & "quoted"', type: 'query', count: 1 },
    ]);
  });
});

describe('reports written in pieces', () => {
  // 12,001 findings: three pieces of findings, the last one short.
  const many: ValidationReport = {
    ...report,
    findings: Array.from({ length: 12_001 }, (_, i) => finding(String(100 + (i % 7)), i + 2, `C${i}`)),
    schema: {
      status: 'invalid',
      schema: 'x.xsd',
      note: null,
      problems: [{ line: 3, message: 'bad, "element"' }],
    },
  };

  it('JSON pieces join to one JSON document with every finding, in order', () => {
    const pieces = [...jsonChunks(many)];
    expect(pieces.length).toBeGreaterThan(4);
    const json = JSON.parse(pieces.join(''));
    expect(Object.keys(json)).toEqual(['findings', 'summary', 'problems', 'schema']);
    expect(json.findings).toHaveLength(12_001);
    expect(json.findings.map((f: { child: string }) => f.child)).toEqual(many.findings.map((f) => f.child));
    expect(json.schema.problems[0].message).toBe('bad, "element"');
    expect(pieces.join('').endsWith('}\n')).toBe(true);
  });

  it('CSV pieces join to one CSV with a header, every finding, then the problems', () => {
    const text = [...csvChunks(many)].join('');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(12_001 + 2);
    expect(rows[12_000]).toMatchObject({ kind: 'finding', child: 'C12000', row: '12002' });
    expect(rows[12_001]).toMatchObject({ kind: 'file problem', row: '7' });
    expect(rows[12_002]).toMatchObject({ kind: 'schema', row: '3', message: 'bad, "element"' });
  });
});

describe('renderCsv', () => {
  it('has one row per finding and per problem, quoted where needed', () => {
    const rows = parse(renderCsv(report), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      kind: 'finding',
      code: '356',
      type: 'error',
      table: 'Episodes',
      row: '2',
      child: 'C1',
      fields: 'DECOM;DEC',
      message: 'message <356> & "quoted"',
      file: '/data/episodes.csv',
    });
    expect(rows[5]).toMatchObject({ kind: 'file problem', type: 'error', row: '7', fields: 'DECOM' });
  });
});

describe('renderXlsx', () => {
  it('writes a Summary sheet and a Findings sheet (and the problems)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(report)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Findings', 'File problems']);
    const sheet = wb.getWorksheet('Findings') as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Rule',
      'Type',
      'Table',
      'Row',
      'Child',
      'Fields',
      'Message',
      'File',
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe('356');
    expect(sheet.getRow(2).getCell(8).value).toBe('episodes.csv');
    const summary = wb.getWorksheet('Summary') as ExcelJS.Worksheet;
    expect(String(summary.getRow(1).getCell(1).value)).toContain('4 errors');
  });
});

describe('renderHtml', () => {
  it('is a standalone GOV.UK-styled page with the findings table, escaped', () => {
    const html = renderHtml(report);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>SSDA903 2025/26 validation</title>');
    expect(html).toContain('class="govuk-table"');
    expect(html).toContain('.govuk-table{');
    expect(html).toContain('message &#60;356&#62; &#38; &#34;quoted&#34;');
    expect(html).not.toContain('<356>');
    expect(html).not.toMatch(/<script|@font-face/);
  });
});

describe('renderReport', () => {
  it('renders every format', async () => {
    for (const f of ['text', 'json', 'csv', 'html'] as const)
      expect(typeof (await renderReport(report, f))).toBe('string');
    expect(Buffer.isBuffer(await renderReport(report, 'xlsx'))).toBe(true);
  });
});

describe('hasErrors', () => {
  it('is true for error findings or problems, false for queries alone', () => {
    expect(hasErrors(report)).toBe(true);
    const queriesOnly: ValidationReport = {
      findings: [findings[4] as Finding],
      problems: [],
      summary: { ...report.summary, errors: 0, queries: 1, fileProblems: { fatal: 0, error: 0, warning: 0 } },
    };
    expect(hasErrors(queriesOnly)).toBe(false);
    expect(
      hasErrors({ ...queriesOnly, schema: { status: 'invalid', schema: 'x', note: null, problems: [] } }),
    ).toBe(true);
  });
});

describe('ProblemList', () => {
  it('keeps the first problems of a kind and counts the rest in one closing line', () => {
    const list = new ProblemList(2);
    for (let row = 1; row <= 5; row++) {
      list.add({ level: 'error', file: 'f', row, column: 'DOB', message: `row ${row} bad` }, 'not a date');
    }
    list.add({ level: 'fatal', file: 'g', row: null, column: null, message: 'unreadable' });
    expect(list.list().map((p) => p.message)).toEqual([
      'row 1 bad',
      'row 2 bad',
      'unreadable',
      'and 3 more rows like these (not a date, DOB); only the first 2 are listed',
    ]);
  });
});
