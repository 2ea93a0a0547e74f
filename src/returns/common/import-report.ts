/**
 * What an import of a council's past return reports (both returns): what was imported, what was
 * refused and why, and the exit status that follows. Kept apart from the import itself (import.ts),
 * which needs the store, so the command line can describe a report without loading it.
 */
import type { FactKind } from '../../record/facts.ts';
import type { FileProblem } from './findings.ts';

/** Where a row came from: the file, the table, and the spreadsheet row (903) or XML line (CIN). */
export interface RowSource {
  readonly file: string;
  readonly table: string;
  readonly row: number | null;
}

/** A row that was not imported, with the child, the field (DfE column or element) and why. */
export interface RefusedRow extends RowSource {
  readonly child: string | null;
  readonly field: string | null;
  readonly reason: string;
}

/** Data the return carries that the record does not hold, so it was not imported (not an error). */
export interface NotImported {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: number;
  readonly reason: string;
}

export type CountByKind = Partial<Record<FactKind | 'person', number>>;

export interface ImportReport {
  readonly return: 'ssda903' | 'cin';
  readonly collectionYear: string;
  readonly inputs: readonly string[];
  /** False when the input could not be read at all (then nothing was imported). */
  readonly readable: boolean;
  readonly council: { readonly laCode: string; readonly laNumber: string; readonly created: boolean } | null;
  readonly children: {
    readonly created: number;
    readonly updated: number;
    readonly unchanged: number;
    readonly heldBack: number;
  };
  readonly facts: {
    readonly created: CountByKind;
    /** Existing facts whose empty fields the return filled (an end date that has since happened). */
    readonly completed: CountByKind;
    /** Rows that matched a fact already in the record (or earlier in the same return) and added nothing. */
    readonly duplicates: CountByKind;
  };
  readonly refused: readonly RefusedRow[];
  readonly notImported: readonly NotImported[];
  readonly notes: readonly string[];
  /** Problems the reader found in the files (warnings, and errors that the refusals explain). */
  readonly problems: readonly FileProblem[];
  readonly obligations: number;
}

export function emptyReport(
  kind: ImportReport['return'],
  collectionYear: string,
  inputs: readonly string[],
  problems: readonly FileProblem[],
): ImportReport {
  return {
    return: kind,
    collectionYear,
    inputs,
    readable: !problems.some((p) => p.level === 'fatal'),
    council: null,
    children: { created: 0, updated: 0, unchanged: 0, heldBack: 0 },
    facts: { created: {}, completed: {}, duplicates: {} },
    refused: [],
    notImported: [],
    notes: [],
    problems,
    obligations: 0,
  };
}

export const totalOf = (c: CountByKind): number => Object.values(c).reduce((a, b) => a + (b ?? 0), 0);

/** Exit status of an import: 3 unreadable input, 1 some rows refused (or read with errors), else 0. */
export function importExitCode(report: ImportReport): number {
  if (!report.readable) return 3;
  if (report.refused.length > 0 || report.problems.some((p) => p.level === 'error')) return 1;
  return 0;
}
