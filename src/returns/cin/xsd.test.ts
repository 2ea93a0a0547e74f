import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adaptSchema, checkSchema, parseXmllintErrors, schemaFor, schemaYears } from './xsd.ts';

const FIXTURE = new URL('../../../test/fixtures/cin/census-small.xml', import.meta.url).pathname;

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('schemaFor', () => {
  it('ships the DfE schemas kith has', () => {
    expect(schemaYears()).toEqual([2017, 2021, 2022, 2023, 2024]);
  });
  it('uses the newest schema not after the collection year', () => {
    expect(schemaFor(2024)?.year).toBe(2024);
    expect(schemaFor(2026)?.year).toBe(2024);
    expect(schemaFor(2020)?.year).toBe(2017);
    expect(schemaFor(2016)).toBeNull();
  });
});

describe('adaptSchema', () => {
  it('leaves an unexpected schema alone', () => {
    expect(adaptSchema('<xs:schema></xs:schema>', 2026)).toBeNull();
  });
});

describe('parseXmllintErrors', () => {
  it('turns xmllint output into line and message', () => {
    const stderr =
      "c.xml:25: element Sex: Schemas validity error : Element 'Sex': This element is not expected.\n" +
      'c.xml fails to validate\n';
    expect(parseXmllintErrors(stderr, 'c.xml')).toEqual([
      { line: 25, message: "element Sex: Element 'Sex': This element is not expected." },
    ]);
  });
});

describe('checkSchema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kith-xsd-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the check as not run, never as passed, when xmllint is missing', async () => {
    const r = await checkSchema(FIXTURE, 2025, { xmllint: 'xmllint-that-is-not-installed' });
    expect(r.status).toBe('not-run');
    expect(r.note).toContain('xmllint is not installed');
  });

  it('reports a year older than every schema as not run', async () => {
    expect((await checkSchema(FIXTURE, 2010)).status).toBe('not-run');
  });

  it.skipIf(!hasXmllint())('passes a valid census and notes the adapted older schema used', async () => {
    const r = await checkSchema(FIXTURE, 2025);
    expect(r).toMatchObject({ status: 'valid', schema: 'CIN_schema_2024.xsd', problems: [] });
    expect(r.note).toContain('Sex (M, F or U) in place of GenderCurrent');
    // The 2024 schema for 2024 itself is adapted only to let a first plan have 0 previous plans.
    expect((await checkSchema(FIXTURE, 2024)).note).toBe(
      'checked against CIN_schema_2024.xsd adapted for NumberOfPreviousCPP from 0 (a first plan has no previous plans)',
    );
  });

  it.skipIf(!hasXmllint())('accepts 0 previous child protection plans', async () => {
    const xml = readFileSync(FIXTURE, 'utf8').replace(
      /<NumberOfPreviousCPP>\d+<\/NumberOfPreviousCPP>/,
      '<NumberOfPreviousCPP>0</NumberOfPreviousCPP>',
    );
    expect(xml).toContain('<NumberOfPreviousCPP>0</NumberOfPreviousCPP>');
    const file = join(dir, 'first-plan.xml');
    writeFileSync(file, xml);
    expect((await checkSchema(file, 2024)).status).toBe('valid');
  });

  it.skipIf(!hasXmllint())(
    'accepts Sex from 2024/25 and PreProceedingsandFGDM from 2025/26, not before',
    async () => {
      const xml = readFileSync(FIXTURE, 'utf8')
        .replace('<GenderCurrent>1</GenderCurrent>', '<Sex>M</Sex>')
        .replace(
          '</ChildProtectionPlans>',
          '</ChildProtectionPlans><PreProceedingsandFGDM><PPOutcome>A</PPOutcome></PreProceedingsandFGDM>',
        );
      const file = join(dir, 'later.xml');
      writeFileSync(file, xml);
      expect((await checkSchema(file, 2026)).status).toBe('valid');
      const in2025 = await checkSchema(file, 2025);
      expect(in2025.problems.map((p) => p.message).join('\n')).toContain("Element 'PreProceedingsandFGDM'");
      const in2024 = await checkSchema(file, 2024);
      expect(in2024.problems.map((p) => p.message).join('\n')).toContain("Element 'Sex'");
    },
  );

  it.skipIf(!hasXmllint())('lists schema problems with their lines', async () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, '<Message>\n<Children>\n<Child><Colour/></Child>\n</Children>\n</Message>\n');
    const r = await checkSchema(bad, 2024);
    expect(r.status).toBe('invalid');
    expect(r.problems[0]).toMatchObject({ line: 3 });
    expect(r.problems[0]?.message).toContain("Element 'Colour': This element is not expected");
  });
});
