/**
 * Validates a CIN census: runs the collection year's rules and reports findings in the shared shape
 * (common/findings.ts). A rule's locations on the same row (several fields) become one finding for
 * that row; a return-level failure becomes one finding with no row.
 * `validateCinReturn` is the whole journey from a file: read (streaming), rules, XSD check.
 *
 * Batches of children. A file is checked as it is read, in batches of BATCH_CHILDREN whole <Child>
 * elements: the reader builds the tables of one batch, the rules run on it, what they flag becomes
 * findings (run.ts) and the batch is dropped, so memory grows with the file only by the findings
 * and a few compact lists (a few bytes a child, below). The findings are exactly those of one run
 * over the whole census, in the same order. That rests on what each rule needs to see at once:
 *
 * - Rules within one child: all but the seven below. They join rows only on the child (LAchildID),
 *   its episode (+ CINdetailsID) or plan (+ CPPID), and whatever they flag on a child's rows depends
 *   on that child's rows alone, so a batch of whole children gives them all they need. The one catch
 *   is that the join is on the LAchildID, not the <Child> element: two children with the same
 *   LAchildID, or several with none (missing IDs join each other, as pandas merges null keys), are
 *   one child to these rules. When such children fall in different batches, the file is read a
 *   second time keeping only them, the rules run on them together, and their findings replace what
 *   the separate batches found. A census whose LAchildIDs are present and unique never needs this.
 * - Rules across children: they compare children with each other, so each keeps a compact state of
 *   the whole return instead of the tables (`acrossChildren` in its file, lib/across.ts), is fed
 *   every batch once, and reports at the end:
 *   - 1520 (a UPN used by more than one child) lists every UPN (as a number, when it has the usual
 *     shape) with its row's position, and finds the repeats by sorting at the end;
 *   - 8510 (an LAchildID used by more than one child) does the same with the LAchildIDs;
 *   - 2883 (more plans starting in the year than initial conferences) keeps the two counts;
 *   - 2886Q (over 2% of children with no sex or gender recorded) keeps the two counts;
 *   - 2887Q (fewer than 8 disability codes used in the return) keeps the codes used;
 *   - 2888Q (no child with more than one disability code) keeps the one code of each child seen
 *     with a single code, until some child has two (its rows may be in two batches: see above).
 *   The validator keeps the line and LAchildID of every ChildIdentifiers row, where 1520 and 8510
 *   report. Their `validate` is the same fold over one batch, so both ways share one implementation.
 * - Rules on the Header: 100 reads only the Header; it runs once, on the Header as read at the end.
 *
 * The census period (from the Header's ReferenceDate) is taken when the first batch is ready; the
 * Header comes before the children. Should the period read at the end differ (a Header after the
 * children, or a second Header), the file is checked again with the final period.
 */
import { ymd } from '../common/dates.ts';
import {
  countByRule,
  countProblems,
  type FileProblem,
  type Finding,
  type FindingsSummary,
  type SchemaCheck,
  type ValidationReport,
} from '../common/findings.ts';
import type { ProgressCallback } from '../common/run-rules.ts';
import { childKey } from './lib/derived.ts';
import { metaForReferenceDate, metaForYear } from './meta.ts';
import { type ReadCinResult, readCinFile } from './read.ts';
import { rulesForYearCin } from './registry.ts';
import type { MetaCin, RuleVersionCin, TablesCin } from './rule.ts';
import { CinRuleRun, type RunOutcomeCin } from './run.ts';
import type { TableNameCin } from './tables.ts';
import { checkSchema, type SchemaCheckOptions } from './xsd.ts';

/**
 * Children per batch. A batch of 250 children is ~330 KB of XML: its rows and derived columns are a
 * few MB and mostly die young, where batches of thousands outlived young-generation collections and
 * piled up in the old generation until the next full one. The per-batch cost of running ~110 rules
 * (~0.1 ms) is small beside the work on the rows; the findings do not depend on the size.
 */
export const BATCH_CHILDREN = 250;

/** The rules of a run and the codes of the year's rules kith has no implementation of. */
interface RuleSelection {
  readonly rules: readonly RuleVersionCin[];
  readonly missing: readonly string[];
}

export interface ValidateTablesCinOptions {
  readonly collectionYear: string;
  readonly meta: MetaCin;
  /** XML line of each row, by table; without it, row = position + 1. */
  readonly lines?: Partial<Record<TableNameCin, readonly number[]>>;
  readonly file?: string;
  readonly onProgress?: ProgressCallback;
  /** The rules to run; the collection year's ruleset when not given. */
  readonly rules?: RuleSelection;
}

/** Run the year's rules over census tables already read (the whole census, as one batch). */
export function validateTablesCin(
  tables: TablesCin,
  options: ValidateTablesCinOptions,
): { findings: Finding[]; summary: FindingsSummary } {
  const selection = options.rules ?? rulesForYearCin(options.collectionYear);
  const run = new CinRuleRun(selection.rules, options.meta, options.file ?? null);
  run.addBatch(options.lines ? { tables, lines: options.lines } : { tables });
  run.addHeader(tables, options.lines);
  return report(run.finish(options.onProgress), options.collectionYear, selection.missing);
}

function report(
  outcome: RunOutcomeCin,
  collectionYear: string,
  missing: readonly string[],
): { findings: Finding[]; summary: FindingsSummary } {
  const { findings } = outcome;
  let errors = 0;
  for (const f of findings) if (f.type === 'error') errors++;
  return {
    findings,
    summary: {
      return: 'cin',
      collectionYear,
      errors,
      queries: findings.length - errors,
      byRule: countByRule(findings),
      rulesRun: outcome.ran,
      rulesNotRun: outcome.notRun,
      missingImplementations: [...missing],
      internalProblems: outcome.internal,
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
  /** Children per batch (BATCH_CHILDREN when not given); the findings do not depend on it. */
  readonly batchChildren?: number;
}

/** The file's ReferenceDate when it is a valid date (as the DfE tool takes it), else null. */
function validReferenceDate(referenceDate: string | null): string | null {
  return referenceDate !== null && ymd(referenceDate) !== null ? referenceDate.slice(0, 10) : null;
}

/** The census period: from a valid ReferenceDate, else ending 31 March of the collection year. */
function periodFrom(referenceDate: string | null, year: string): MetaCin {
  const ref = validReferenceDate(referenceDate);
  return ref === null ? metaForYear(year) : metaForReferenceDate(ref);
}

/** The census period, with a warning when the file has no valid ReferenceDate or one for another year. */
function censusMeta(
  referenceDate: string | null,
  year: string,
  file: string,
  problems: FileProblem[],
): MetaCin {
  const ref = validReferenceDate(referenceDate);
  const warn = (message: string): void => {
    problems.push({ level: 'warning', file, row: null, column: 'ReferenceDate', message });
  };
  if (ref === null) {
    warn(`the file has no valid Header ReferenceDate; the census period is taken as ending ${year}-03-31`);
  } else if (ref.slice(0, 4) !== year) {
    warn(
      `the file's ReferenceDate is ${ref} but --year is ${year}; the census period follows the file, the rules follow --year`,
    );
  }
  return periodFrom(referenceDate, year);
}

function samePeriod(a: MetaCin, b: MetaCin): boolean {
  return (
    a.referenceDate === b.referenceDate &&
    a.collectionStart === b.collectionStart &&
    a.collectionEnd === b.collectionEnd
  );
}

const isFatal = (p: FileProblem): boolean => p.level === 'fatal';

/** One reading of the file with the rules run batch by batch; `run` is null when it could not be read. */
interface Checked {
  readonly read: ReadCinResult;
  readonly meta: MetaCin | null;
  readonly run: CinRuleRun | null;
}

/**
 * Read the file in batches, running the rules on each as it is read. The census period is `period`,
 * or, when null, the one the Header read so far gives when the first batch is ready.
 */
async function checkFile(
  file: string,
  selection: RuleSelection,
  options: ValidateCinOptions,
  period: MetaCin | null,
): Promise<Checked> {
  // Filled in by the reader's callback, so held in an object rather than narrowed locals.
  const state: { meta: MetaCin | null; run: CinRuleRun | null } = { meta: period, run: null };
  const read = await readCinFile(file, {
    onProgress: options.onReadProgress,
    batchChildren: options.batchChildren ?? BATCH_CHILDREN,
    onBatch: (batch) => {
      state.meta ??= periodFrom(batch.referenceDate, options.year);
      state.run ??= new CinRuleRun(selection.rules, state.meta, file);
      state.run.addBatch(batch);
    },
  });
  const { run, meta } = state;
  if (!run || read.problems.some(isFatal)) return { read, meta: null, run: null };
  run.addHeader(read.tables, read.lines);
  await recheckSplitChildren(file, run, read.children);
  return { read, meta, run };
}

/**
 * Children that share an LAchildID (or have none) but came in different batches are one child to
 * the per-child rules: read the file again keeping only them, and run those rules on them together.
 */
async function recheckSplitChildren(file: string, run: CinRuleRun, children: number): Promise<void> {
  const split = run.splitChildren();
  if (split.size === 0) return;
  const again = await readCinFile(file, {
    keepChild: (id) => split.has(childKey(id)),
    onBatch: (batch) => run.redoChildren(split, batch),
  });
  if (again.children !== children || again.problems.some(isFatal)) {
    throw new Error(`${file} changed while it was being checked; check it again`);
  }
}

function unreadable(problems: FileProblem[], year: string, missing: readonly string[]): ValidationReport {
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
      collectionYear: year,
      errors: 0,
      queries: 0,
      byRule: [],
      rulesRun: [],
      rulesNotRun: [],
      missingImplementations: [...missing],
      internalProblems: [],
      fileProblems: countProblems(problems),
    },
  };
}

/**
 * Read, validate and schema-check a census file. When the file cannot be read (a `fatal` problem)
 * nothing is reported from the rules and the schema check is not run. The schema check runs in its
 * own process once the reader has accepted the file (the rules run as it is read).
 */
export async function validateCinReturn(
  file: string,
  options: ValidateCinOptions,
): Promise<ValidationReport> {
  const selection = rulesForYearCin(options.year);
  const first = await checkFile(file, selection, options, null);
  const problems = [...first.read.problems];
  if (!first.run || !first.meta) return unreadable(problems, options.year, selection.missing);
  const meta = censusMeta(first.read.referenceDate, options.year, file, problems);
  const checked = samePeriod(meta, first.meta) ? first : await checkFile(file, selection, options, meta);
  if (!checked.run) throw new Error(`${file} changed while it was being checked; check it again`);
  const schemaRun =
    options.schema === false
      ? Promise.resolve<SchemaCheck>({
          status: 'not-run',
          schema: null,
          note: 'the schema check was not asked for (--no-schema)',
          problems: [],
        })
      : checkSchema(file, Number(options.year), options.schemaOptions);
  const { findings, summary } = report(
    checked.run.finish(options.onProgress),
    options.year,
    selection.missing,
  );
  const schema = await schemaRun;
  return { findings, problems, schema, summary: { ...summary, fileProblems: countProblems(problems) } };
}
