import { describe, expect, it } from 'vitest';
import { metaForYear } from './meta.ts';
import { readCinText } from './read.ts';
import { defineRule, type RuleVersionCin } from './rule.ts';
import { validateCinReturn, validateTablesCin } from './validate.ts';

const FIXTURE = new URL('../../../test/fixtures/cin/census-small.xml', import.meta.url).pathname;

const rule = (code: string, v: Partial<RuleVersionCin>): RuleVersionCin =>
  defineRule({
    code,
    definedIn: 'cin2024_25',
    message: `message ${code}`,
    affectedFields: ['CINreferralDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate: () => ({ locations: [] }),
    ...v,
  });

const xml =
  '<Message><Header><CollectionDetails><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>' +
  '<Children>\n<Child><ChildIdentifiers><LAchildID>K1</LAchildID></ChildIdentifiers>\n' +
  '<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>\n' +
  '<CINdetails><CINreferralDate>2024-09-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child>' +
  '</Children></Message>';
const read = readCinText('k.xml', xml);

describe('validateTablesCin', () => {
  it('merges a rule’s locations on one row into one finding, with the XML line and child', () => {
    const { findings, summary } = validateTablesCin(read.tables, {
      collectionYear: '2025',
      meta: metaForYear('2025'),
      lines: read.lines,
      file: 'k.xml',
      rules: {
        rules: [
          rule('8620', {
            validate: () => ({
              locations: [
                { table: 'CINdetails', field: 'CINreferralDate', row: 1 },
                { table: 'CINdetails', field: 'ReferralNFA', row: 1 },
              ],
            }),
          }),
        ],
        missing: [],
      },
    });
    expect(findings).toEqual([
      {
        code: '8620',
        message: 'message 8620',
        type: 'error',
        table: 'CINdetails',
        row: 4,
        child: 'K1',
        fields: ['CINreferralDate', 'ReferralNFA'],
        file: 'k.xml',
      },
    ]);
    expect(summary).toMatchObject({ return: 'cin', errors: 1, queries: 0, rulesRun: ['8620'] });
  });

  it('reports queries as queries and a return-level failure with no row', () => {
    const { findings, summary } = validateTablesCin(read.tables, {
      collectionYear: '2025',
      meta: metaForYear('2025'),
      rules: {
        rules: [
          rule('2887Q', {
            ruleType: 'Query',
            module: 'Disabilities',
            validate: () => ({ locations: [], laLevel: true }),
          }),
        ],
        missing: [],
      },
    });
    expect(findings).toEqual([
      expect.objectContaining({
        code: '2887Q',
        type: 'query',
        table: 'Disabilities',
        row: null,
        child: null,
      }),
    ]);
    expect(summary).toMatchObject({ errors: 0, queries: 1 });
  });

  it('keeps going when a rule throws', () => {
    const { summary } = validateTablesCin(read.tables, {
      collectionYear: '2025',
      meta: metaForYear('2025'),
      rules: {
        rules: [
          rule('8898', {
            validate: () => {
              throw new Error('unhashable type');
            },
          }),
        ],
        missing: [],
      },
    });
    expect(summary.internalProblems).toEqual([
      { code: '8898', message: expect.stringContaining('unhashable type') },
    ]);
  });
});

describe('validateCinReturn', () => {
  it('reads, checks and validates the fixture census', async () => {
    const report = await validateCinReturn(FIXTURE, { year: '2025', schema: false });
    expect(report.problems).toEqual([]);
    expect(report.schema?.status).toBe('not-run');
    expect(report.summary.rulesRun.length).toBeGreaterThan(20);
    for (const f of report.findings) expect(['TEST001', 'TEST002', null]).toContain(f.child);
  });

  it('warns when the file’s ReferenceDate is for another year than --year', async () => {
    const report = await validateCinReturn(FIXTURE, { year: '2026', schema: false });
    expect(report.problems).toEqual([
      expect.objectContaining({
        level: 'warning',
        column: 'ReferenceDate',
        message: expect.stringContaining('--year is 2026'),
      }),
    ]);
  });
});
