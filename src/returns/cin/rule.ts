/**
 * What a CIN census validation rule is. One file per rule code under ./rules/, exporting `versions`:
 * one entry per DfE ruleset folder whose behaviour differs (`definedIn`, e.g. 'cin2024_25').
 */
import type { DayNumber } from '../../core/day.ts';
import type { Cell } from '../common/table.ts';
import type { TableNameCin } from './tables.ts';

/** A CIN row: element text, or for Assessments.AssessmentFactors the list of factor codes. */
export type CinRow = Record<string, Cell | readonly string[]>;

export interface CinTable {
  readonly columns: readonly string[];
  readonly rows: readonly CinRow[];
}

export type TablesCin = Partial<Record<TableNameCin, CinTable>>;

export interface MetaCin {
  /** Header ReferenceDate (31 March of the census year). */
  readonly referenceDate: DayNumber;
  /** ReferenceDate minus one year plus one day. */
  readonly collectionStart: DayNumber;
  readonly collectionEnd: DayNumber;
}

export interface ContextCin {
  readonly tables: TablesCin;
  readonly meta: MetaCin;
  readonly memo: Map<string, unknown>;
}

export interface LocationCin {
  readonly table: TableNameCin;
  readonly field: string;
  /** 0-based row position in the table. */
  readonly row: number;
}

export interface ResultCin {
  readonly locations: readonly LocationCin[];
  /** A return-level (LA-level) failure with no row locations (e.g. 2883, 2886Q, 2887Q, 2888Q). */
  readonly laLevel?: boolean;
}

export type RuleTypeCin = 'Error' | 'Query';

export interface RuleVersionCin {
  readonly code: string;
  readonly definedIn: string;
  readonly message: string;
  readonly affectedFields: readonly string[];
  /** The table the DfE lists the rule under. */
  readonly module: TableNameCin;
  readonly ruleType: RuleTypeCin;
  /** Returns the locations that break the rule, or `undefined` when a table it needs is absent. */
  validate(ctx: ContextCin): ResultCin | undefined;
}

export function defineRule(v: RuleVersionCin): RuleVersionCin {
  return v;
}

export function memo<T>(ctx: ContextCin, key: string, make: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const v = make();
  ctx.memo.set(key, v);
  return v;
}
