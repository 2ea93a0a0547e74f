/**
 * Checks a CIN census file against the DfE schema for its year with Debian's `xmllint`
 * (package libxml2-utils), reported apart from the rule findings.
 *
 * The schemas in ./xsd/ are LIIA's copies of the DfE's (shared/reference/cin/notes.md). A collection
 * year uses the newest schema not after it. The newest here is 2024, which predates `Sex` (M/F/U in
 * place of GenderCurrent from 2024/25) and `PreProceedingsandFGDM` (2025/26); checked unchanged, every
 * child of a correct 2024/25 file would fail. So for later years the 2024 schema is adapted for
 * exactly those two changes (the new block's content is not checked) and the report says so. Every
 * year's schema also lets NumberOfPreviousCPP be 0 (see adaptSchema).
 * Where xmllint is not installed the check is reported as not run, never as passed.
 * xmllint runs with --nonet (no network) and only on files the reader accepted, so a file with a
 * DOCTYPE (entities) never reaches it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourcePath } from '../../core/paths.ts';
import type { SchemaCheck } from '../common/findings.ts';

const XSD_DIR = sourcePath('returns', 'cin', 'xsd');
const MAX_PROBLEMS = 1_000;

/** Years with a schema file, ascending. */
export function schemaYears(): number[] {
  return readdirSync(XSD_DIR)
    .map((f) => /^CIN_schema_(\d{4})\.xsd$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The schema for a collection (end) year: the newest not after it, or null when none is that old. */
export function schemaFor(collectionYear: number): { file: string; year: number } | null {
  const year = schemaYears()
    .filter((y) => y <= collectionYear)
    .pop();
  return year === undefined ? null : { file: join(XSD_DIR, `CIN_schema_${year}.xsd`), year };
}

const GENDER = '<xs:element name="GenderCurrent" type="gendertype" minOccurs="1" maxOccurs="1"/>';
const CPP =
  '<xs:element name="ChildProtectionPlans" type="childprotectionplanstype" minOccurs="0" maxOccurs="unbounded"/>';
const SCHEMA_END = '</xs:schema>';
const PREVIOUS_CPP = '<xs:element name="NumberOfPreviousCPP" type="xs:positiveInteger"';

/**
 * The 2024 schema adapted for the later changes kith knows of, or null when the schema text is not
 * as expected (then the unchanged schema is used).
 */
export function adaptSchema(xsd: string, collectionYear: number): { text: string; changes: string[] } | null {
  if (!xsd.includes(GENDER) || !xsd.includes(CPP) || !xsd.includes(SCHEMA_END)) return null;
  let text = xsd;
  const changes: string[] = [];
  // LIIA's copy types NumberOfPreviousCPP as a positive integer, which leaves a child's first plan no
  // valid value although rule 8730 requires the item on every plan; the DfE specification counts
  // previous plans from 0.
  if (text.includes(PREVIOUS_CPP)) {
    text = text.replace(PREVIOUS_CPP, '<xs:element name="NumberOfPreviousCPP" type="xs:nonNegativeInteger"');
    changes.push('NumberOfPreviousCPP from 0 (a first plan has no previous plans)');
  }
  if (collectionYear >= 2025) {
    text = text
      .replace(
        GENDER,
        '<xs:choice minOccurs="1" maxOccurs="1"><xs:element name="GenderCurrent" type="gendertype"/>' +
          '<xs:element name="Sex" type="kithsextype"/></xs:choice>',
      )
      .replace(
        SCHEMA_END,
        '<xs:simpleType name="kithsextype"><xs:restriction base="xs:string"><xs:enumeration value="M"/>' +
          `<xs:enumeration value="F"/><xs:enumeration value="U"/></xs:restriction></xs:simpleType>\n${SCHEMA_END}`,
      );
    changes.push('Sex (M, F or U) in place of GenderCurrent from 2024/25');
  }
  if (collectionYear >= 2026) {
    text = text.replace(
      CPP,
      `${CPP}<xs:element name="PreProceedingsandFGDM" minOccurs="0" maxOccurs="unbounded"><xs:complexType>` +
        '<xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>' +
        '</xs:complexType></xs:element>',
    );
    changes.push('PreProceedingsandFGDM from 2025/26 (its content is not checked)');
  }
  return { text, changes };
}

interface RunResult {
  readonly code: number | null;
  readonly stderr: string;
  readonly missing: boolean;
  readonly timedOut: boolean;
}

function run(cmd: string, args: readonly string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, _stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          stderr,
          missing: e?.code === 'ENOENT',
          timedOut: Boolean(e?.killed),
        });
      },
    );
  });
}

/** xmllint's "file:12: element X: Schemas validity error : ..." lines, as line + message. */
export function parseXmllintErrors(stderr: string, file: string): SchemaCheck['problems'] {
  const out: { line: number | null; message: string }[] = [];
  for (const raw of stderr.split('\n')) {
    if (out.length >= MAX_PROBLEMS) break;
    const line = raw.trimEnd();
    if (line === '' || line.endsWith(' fails to validate') || line.endsWith(' validates')) continue;
    const m = /^(.*?):(\d+): (.*)$/.exec(line);
    if (m && m[1] === file) {
      out.push({ line: Number(m[2]), message: (m[3] as string).replace(/Schemas validity error : /, '') });
    } else if (!line.startsWith(' ') && !line.startsWith('^')) {
      out.push({ line: null, message: line });
    }
  }
  return out;
}

export interface SchemaCheckOptions {
  /** The xmllint command (tests point it at a missing one). */
  readonly xmllint?: string;
  readonly timeoutMs?: number;
}

/** Validate a census file against the schema for its collection year. */
export async function checkSchema(
  file: string,
  collectionYear: number,
  options: SchemaCheckOptions = {},
): Promise<SchemaCheck> {
  const schema = schemaFor(collectionYear);
  if (!schema) {
    return {
      status: 'not-run',
      schema: null,
      note: `no CIN schema for ${collectionYear} or earlier; the schema check was not run`,
      problems: [],
    };
  }
  const name = `CIN_schema_${schema.year}.xsd`;
  let schemaFile = schema.file;
  let note: string | null = null;
  let tempDir: string | null = null;
  {
    const adapted = adaptSchema(readFileSync(schema.file, 'utf8'), collectionYear);
    if (adapted && adapted.changes.length > 0) {
      tempDir = mkdtempSync(join(tmpdir(), 'kith-xsd-'));
      schemaFile = join(tempDir, `CIN_schema_${collectionYear}_adapted.xsd`);
      writeFileSync(schemaFile, adapted.text);
      note = `checked against ${name}${schema.year < collectionYear ? ', the newest schema kith has,' : ''} adapted for ${adapted.changes.join('; ')}`;
    } else if (schema.year < collectionYear) {
      note = `checked against ${name}, the newest schema kith has; it predates ${collectionYear}'s changes`;
    }
  }
  let result: RunResult;
  try {
    result = await run(
      options.xmllint ?? 'xmllint',
      ['--noout', '--nonet', '--schema', schemaFile, file],
      options.timeoutMs ?? 300_000,
    );
  } finally {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
  if (result.missing) {
    return {
      status: 'not-run',
      schema: name,
      note: 'xmllint is not installed (Debian package libxml2-utils), so the schema check was not run',
      problems: [],
    };
  }
  if (result.timedOut) {
    return {
      status: 'not-run',
      schema: name,
      note: 'the schema check took too long and was stopped',
      problems: [],
    };
  }
  if (result.code === 0) return { status: 'valid', schema: name, note, problems: [] };
  const problems = parseXmllintErrors(result.stderr, file);
  return {
    status: 'invalid',
    schema: name,
    note,
    problems:
      problems.length > 0 ? problems : [{ line: null, message: `xmllint exited with code ${result.code}` }],
  };
}
