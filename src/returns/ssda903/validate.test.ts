import { describe, expect, it } from 'vitest';
import { metaFor } from './meta.ts';
import { defineRule, type RuleVersion903 } from './rule.ts';
import { tablesOf } from './testing.ts';
import { validate903Return, validateTables903 } from './validate.ts';

const FIXTURE = new URL('../../../test/fixtures/903/', import.meta.url).pathname;

const rule = (code: string, v: Partial<RuleVersion903>): RuleVersion903 =>
  defineRule({
    code,
    definedIn: 'lac2025_26',
    message: `message ${code}`,
    affectedFields: ['ETHNIC', 'DECOM'],
    tables: ['Header'],
    validate: () => ({}),
    ...v,
  });

const tables = tablesOf({
  Header: [
    { CHILD: 'A', ETHNIC: 'WBRI' },
    { CHILD: 'B', ETHNIC: 'XXXX' },
  ],
});

describe('validateTables903', () => {
  it('turns flagged rows into findings with spreadsheet row, child and the fields in that table', () => {
    const { findings, summary } = validateTables903(tables, {
      meta: metaFor('2026', null),
      rules: { rules: [rule('103', { validate: () => ({ Header: [1, 1] }) })], missing: ['999'] },
    });
    expect(findings).toEqual([
      {
        code: '103',
        message: 'message 103',
        type: 'error',
        table: 'Header',
        row: 3,
        child: 'B',
        fields: ['ETHNIC'],
        file: null,
      },
    ]);
    expect(summary).toMatchObject({
      return: 'ssda903',
      collectionYear: '2026',
      errors: 1,
      queries: 0,
      byRule: [{ code: '103', message: 'message 103', type: 'error', count: 1 }],
      rulesRun: ['103'],
      rulesNotRun: [],
      missingImplementations: ['999'],
      internalProblems: [],
    });
  });

  it('uses the source rows the reader recorded', () => {
    const { findings } = validateTables903(tables, {
      meta: metaFor('2026', null),
      sources: { Header: { file: 'h.csv', rows: [5, 9] } },
      rules: { rules: [rule('103', { validate: () => ({ Header: [1] }) })], missing: [] },
    });
    expect(findings[0]).toMatchObject({ row: 9, file: 'h.csv' });
  });

  it('reports a rule whose tables are absent as not run, naming the absent tables', () => {
    const { summary } = validateTables903(tables, {
      meta: metaFor('2026', null),
      rules: {
        rules: [rule('300', { tables: ['Header', 'Episodes'], validate: () => undefined })],
        missing: [],
      },
    });
    expect(summary.rulesRun).toEqual([]);
    expect(summary.rulesNotRun).toEqual([{ code: '300', tables: ['Episodes'] }]);
  });

  it('keeps going when a rule throws, reporting it as an internal problem with its code', () => {
    const { findings, summary } = validateTables903(tables, {
      meta: metaFor('2026', null),
      rules: {
        rules: [
          rule('boom', {
            validate: () => {
              throw new TypeError('cannot read properties of undefined');
            },
          }),
          rule('103', { validate: () => ({ Header: [1] }) }),
        ],
        missing: [],
      },
    });
    expect(findings.map((f) => f.code)).toEqual(['103']);
    expect(summary.internalProblems).toEqual([
      {
        code: 'boom',
        message: expect.stringContaining('rule boom failed and was not run: cannot read properties'),
      },
    ]);
  });

  it('reports flags on rows that do not exist as internal problems, not findings', () => {
    const { findings, summary } = validateTables903(tables, {
      meta: metaFor('2026', null),
      rules: { rules: [rule('103', { validate: () => ({ Header: [7], Episodes: [0] }) })], missing: [] },
    });
    expect(findings).toEqual([]);
    expect(summary.internalProblems.map((p) => p.message)).toEqual([
      'rule 103 flagged row 7 of Header, which has 2 rows',
      'rule 103 flagged rows of Episodes, which was not supplied',
    ]);
  });
});

describe('validate903Return on the fixture return', () => {
  it('reads, derives and runs the 2025/26 rules, finding the planted ethnicity error', async () => {
    const report = await validate903Return([`${FIXTURE}current`], {
      year: '2026',
      localAuthority: 'E06000014',
      previous: [`${FIXTURE}previous`],
    });
    expect(report.summary.fileProblems).toEqual({ fatal: 0, error: 1, warning: 0 });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: '103', table: 'Header', row: 3, child: 'T1002', fields: ['ETHNIC'] }),
    );
    expect(report.summary.rulesRun.length).toBeGreaterThan(50);
  });

  it('runs no rules when a file could not be read', async () => {
    const report = await validate903Return([`${FIXTURE}current`, `${FIXTURE}README.md`], {
      year: '2026',
      localAuthority: 'E06000014',
    });
    expect(report.summary.fileProblems.fatal).toBe(1);
    expect(report.findings).toEqual([]);
    expect(report.summary.rulesRun).toEqual([]);
  });
});
