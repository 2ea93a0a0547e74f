/**
 * Validates an SSDA903 return: runs the collection year's rules over the tables and reports each
 * flagged row as a finding in the shared shape (common/findings.ts), with the spreadsheet row it is
 * on, the child and the fields involved (the rules themselves run in validate-tables.ts).
 * `validate903Return` is the whole journey from files on disk: read, derive, run the rules.
 */

import { debugLine } from '../../core/debug.ts';
import {
  countProblems,
  type Finding,
  type FindingsSummary,
  type ValidationReport,
} from '../common/findings.ts';
import type { ProgressCallback } from '../common/run-rules.ts';
import { metaFor } from './meta.ts';
import type { PostcodeTable } from './postcodes.ts';
import { planRead903 } from './read.ts';
import { rulesForYear } from './registry.ts';
import type { Tables903 } from './rule.ts';
import { PARALLEL_FROM_BYTES, partsFor, planBytes, validateInParts903 } from './validate-parts.ts';
import { runRules903, type Validated903, type ValidateTables903Options } from './validate-tables.ts';

export type { ValidateTables903Options } from './validate-tables.ts';

/** Run the year's rules over tables already read (and derived): the findings and their summary. */
export function validateTables903(
  tables: Tables903,
  options: ValidateTables903Options,
): { findings: Finding[]; summary: FindingsSummary } {
  const selection = options.rules ?? rulesForYear(options.meta.collectionYear);
  const validated = runRules903(tables, options);
  return {
    findings: validated.findings,
    summary: summarise(options.meta.collectionYear, validated, selection.missing, {
      fatal: 0,
      error: 0,
      warning: 0,
    }),
  };
}

function summarise(
  collectionYear: string,
  validated: Validated903,
  missing: readonly string[],
  fileProblems: FindingsSummary['fileProblems'],
): FindingsSummary {
  return {
    return: 'ssda903',
    collectionYear,
    errors: validated.findings.length,
    queries: 0,
    byRule: validated.byRule,
    rulesRun: validated.outcome.ran,
    rulesNotRun: validated.outcome.notRun,
    missingImplementations: [...missing],
    internalProblems: validated.outcome.internal,
    fileProblems,
  };
}

export interface Validate903Options {
  /** Collection end year, e.g. '2026' for 2025/26. */
  readonly year: string;
  /** The council's long-form code, e.g. E06000014; decides PL_LOCATION IN/OUT. */
  readonly localAuthority: string | null;
  /** Files or folders of the previous year's return. */
  readonly previous?: readonly string[];
  readonly onProgress?: ProgressCallback;
  /** Returns of at least this many bytes are validated on several threads (validate-parts.ts). */
  readonly parallelFromBytes?: number;
  /**
   * Split the return into this many parts by child whatever its size (tests, tuning; see
   * validate-parts.ts); by default one per core (at most MAX_PARTS) for a return of at least
   * `parallelFromBytes`, else one.
   */
  readonly parts?: number;
  /** With `parts`: validate the parts one after another on this thread (tests). */
  readonly inProcess?: boolean;
  /** The postcode table (tests pass a small one); the shipped ONS table when not given. */
  readonly postcodes?: () => PostcodeTable;
}

/**
 * Read, derive and validate a 903 return from files or folders. When any file could not be used
 * (a `fatal` problem) no rules are run: findings on part of a return would mislead. A large return
 * is validated on several threads, split by child (validate-parts.ts), with the same report.
 */
export async function validate903Return(
  inputs: readonly string[],
  options: Validate903Options,
): Promise<ValidationReport> {
  debugLine('validating');
  const meta = metaFor(options.year, options.localAuthority);
  const steps = planRead903(inputs, { collectionYear: options.year, previous: options.previous });
  // Worker threads use the shipped postcode table; a table of a test's own keeps to this thread.
  const bytes = planBytes(steps);
  const parts =
    options.parts ??
    (options.postcodes ? 1 : partsFor(bytes, options.parallelFromBytes ?? PARALLEL_FROM_BYTES));
  debugLine(`${bytes} bytes to read, in ${parts} part${parts === 1 ? '' : 's'}`);
  const custom = options.postcodes;
  const { read, validated } = await validateInParts903({
    steps,
    year: options.year,
    localAuthority: options.localAuthority,
    read: {},
    parts,
    inProcess: options.inProcess,
    onProgress: options.onProgress,
    postcodes: custom ? async () => custom() : undefined,
  });
  debugLine('read and validated');
  // When a file could not be used, no rule ran.
  const outcome = validated ?? NOTHING_RUN;
  return {
    findings: outcome.findings,
    problems: read.problems,
    summary: summarise(
      meta.collectionYear,
      outcome,
      rulesForYear(options.year).missing,
      countProblems(read.problems),
    ),
  };
}

const NOTHING_RUN: Validated903 = {
  findings: [],
  outcome: { ran: [], notRun: [], internal: [] },
  byRule: [],
};
