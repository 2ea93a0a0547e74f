/**
 * Validates a CIN census: runs the collection year's rules over the tables and reports findings in
 * the shared shape (common/findings.ts). A rule's locations on the same row (several fields) become
 * one finding for that row; a return-level failure becomes one finding with no row.
 * `validateCinReturn` is the whole journey from a file: read (streaming), XSD check, rules.
 */
import { ymd } from '../common/dates.ts';
import {
  countByRule,
  countProblems,
  type FileProblem,
  type Finding,
  type FindingsSummary,
  type InternalProblem,
  type SchemaCheck,
  type ValidationReport,
} from '../common/findings.ts';
import { type ProgressCallback, runRules } from '../common/run-rules.ts';
import { metaForReferenceDate, metaForYear } from './meta.ts';
import { readCinFile } from './read.ts';
import { rulesForYearCin } from './registry.ts';
import type { ContextCin, MetaCin, ResultCin, RuleVersionCin, TablesCin } from './rule.ts';
import type { TableNameCin } from './tables.ts';
import { checkSchema, type SchemaCheckOptions } from './xsd.ts';

export interface ValidateTablesCinOptions {
  readonly collectionYear: string;
  readonly meta: MetaCin;
  /** XML line of each row, by table; without it, row = position + 1. */
  readonly lines?: Partial<Record<TableNameCin, readonly number[]>>;
  readonly file?: string;
  readonly onProgress?: ProgressCallback;
  /** The rules to run; the collection year's ruleset when not given. */
  readonly rules?: { readonly rules: readonly RuleVersionCin[]; readonly missing: readonly string[] };
}

/** Run the year's rules over census tables already read. */
export function validateTablesCin(
  tables: TablesCin,
  options: ValidateTablesCinOptions,
): { findings: Finding[]; summary: FindingsSummary } {
  const selection = options.rules ?? rulesForYearCin(options.collectionYear);
  const ctx: ContextCin = { tables, meta: options.meta, memo: new Map() };
  const findings: Finding[] = [];
  // Problems found while turning locations into findings; they follow the rules' own failures.
  const rowProblems: InternalProblem[] = [];
  // Each rule's locations become findings as soon as the rule has run, so they (and the rule's
  // working sets) can be freed at once rather than all held until every rule is done.
  const outcome = runRules<RuleVersionCin, true>(
    selection.rules,
    (rule) => {
      const result = rule.validate(ctx);
      if (result === undefined) return undefined;
      addFindings(rule, result);
      return true;
    },
    (rule) => [rule.module],
    options.onProgress,
  );
  const internal = [...outcome.internal, ...rowProblems];

  function addFindings(rule: RuleVersionCin, result: ResultCin): void {
    const type = rule.ruleType === 'Query' ? 'query' : 'error';
    if (result.laLevel) {
      findings.push({
        code: rule.code,
        message: rule.message,
        type,
        table: rule.module,
        row: null,
        child: null,
        fields: [...rule.affectedFields],
        file: options.file ?? null,
      });
    }
    // One finding per flagged row, with every field the rule named on it. Rows are grouped by
    // table under numeric row keys, so no string key is built per location (~390k at 100k children).
    const byTable = new Map<TableNameCin, Map<number, string[]>>();
    for (const loc of result.locations) {
      let rows = byTable.get(loc.table);
      if (!rows) {
        rows = new Map();
        byTable.set(loc.table, rows);
      }
      const fields = rows.get(loc.row);
      if (!fields) rows.set(loc.row, [loc.field]);
      else if (!fields.includes(loc.field)) fields.push(loc.field);
    }
    const tableNames = [...byTable.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const table of tableNames) {
      const rows = byTable.get(table) as Map<number, string[]>;
      const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
      const tableRows = tables[table]?.rows;
      const lines = options.lines?.[table];
      for (const r of rowNumbers) {
        const row = tableRows?.[r];
        if (!row) {
          rowProblems.push({
            code: rule.code,
            message: `rule ${rule.code} flagged row ${r} of ${table}, which does not exist`,
          });
          continue;
        }
        const child = row.LAchildID;
        findings.push({
          code: rule.code,
          message: rule.message,
          type,
          table,
          row: lines?.[r] ?? r + 1,
          child: typeof child === 'string' ? child : null,
          fields: rows.get(r) as string[],
          file: options.file ?? null,
        });
      }
    }
  }

  const errors = findings.filter((f) => f.type === 'error').length;
  return {
    findings,
    summary: {
      return: 'cin',
      collectionYear: options.collectionYear,
      errors,
      queries: findings.length - errors,
      byRule: countByRule(findings),
      rulesRun: outcome.ran,
      rulesNotRun: outcome.notRun,
      missingImplementations: [...selection.missing],
      internalProblems: internal,
      fileProblems: { fatal: 0, error: 0, warning: 0 },
    },
  };
}

export interface ValidateCinOptions {
  /** Collection end year, e.g. '2025' for 2024/25. */
  readonly year: string;
  /** Run the XSD check (default true). */
  readonly schema?: boolean;
  readonly schemaOptions?: SchemaCheckOptions;
  readonly onReadProgress?: (bytes: number, total: number) => void;
  readonly onProgress?: ProgressCallback;
}

/**
 * The census period: from the file's ReferenceDate when it has a valid one (as the DfE tool does),
 * else 31 March of the collection year. A ReferenceDate outside the collection year is reported.
 */
function censusMeta(
  referenceDate: string | null,
  year: string,
  file: string,
  problems: FileProblem[],
): MetaCin {
  const ref = referenceDate !== null && ymd(referenceDate) !== null ? referenceDate.slice(0, 10) : null;
  if (ref === null) {
    problems.push({
      level: 'warning',
      file,
      row: null,
      column: 'ReferenceDate',
      message: `the file has no valid Header ReferenceDate; the census period is taken as ending ${year}-03-31`,
    });
    return metaForYear(year);
  }
  if (ref.slice(0, 4) !== year) {
    problems.push({
      level: 'warning',
      file,
      row: null,
      column: 'ReferenceDate',
      message: `the file's ReferenceDate is ${ref} but --year is ${year}; the census period follows the file, the rules follow --year`,
    });
  }
  return metaForReferenceDate(ref);
}

/**
 * Read, schema-check and validate a census file. When the file cannot be read (a `fatal` problem)
 * neither the rules nor the schema check are run. The schema check runs in its own process while
 * the rules run here.
 */
export async function validateCinReturn(
  file: string,
  options: ValidateCinOptions,
): Promise<ValidationReport> {
  const read = await readCinFile(file, { onProgress: options.onReadProgress });
  const problems = [...read.problems];
  if (problems.some((p) => p.level === 'fatal')) {
    const { missing } = rulesForYearCin(options.year);
    const notRun: SchemaCheck = {
      status: 'not-run',
      schema: null,
      note: 'the file could not be read, so the schema check was not run',
      problems: [],
    };
    return {
      findings: [],
      problems,
      schema: notRun,
      summary: {
        return: 'cin',
        collectionYear: options.year,
        errors: 0,
        queries: 0,
        byRule: [],
        rulesRun: [],
        rulesNotRun: [],
        missingImplementations: missing,
        internalProblems: [],
        fileProblems: countProblems(problems),
      },
    };
  }
  const schemaRun =
    options.schema === false
      ? Promise.resolve<SchemaCheck>({
          status: 'not-run',
          schema: null,
          note: 'the schema check was not asked for (--no-schema)',
          problems: [],
        })
      : checkSchema(file, Number(options.year), options.schemaOptions);
  const meta = censusMeta(read.referenceDate, options.year, file, problems);
  const { findings, summary } = validateTablesCin(read.tables, {
    collectionYear: options.year,
    meta,
    lines: read.lines,
    file,
    onProgress: options.onProgress,
  });
  const schema = await schemaRun;
  return { findings, problems, schema, summary: { ...summary, fileProblems: countProblems(problems) } };
}
