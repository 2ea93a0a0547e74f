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

/**
 * A batch of whole children, as a census is checked in (validate.ts): every row of each child in
 * it, in file order. `position` gives a row's place in the whole return's table (its index when the
 * tables are the whole return).
 */
export interface BatchCin {
  readonly ctx: ContextCin;
  position(table: TableNameCin, row: number): number;
}

/** One run of a cross-child rule over a whole return: fed each batch of children once, then asked. */
export interface AcrossRunCin {
  add(batch: BatchCin): void;
  /** The result over the whole return; location rows are positions in the whole return. */
  finish(): ResultCin;
}

/**
 * How a rule that compares children with each other (a UPN used twice in the return, a share of all
 * children) is checked in batches: it keeps a compact state of the whole return, not the tables.
 */
export interface AcrossChildrenCin {
  /** The tables the rule needs; without one of them it is not run. */
  readonly tables: readonly TableNameCin[];
  /** Tables whose rows the rule may flag (the validator keeps their lines and LAchildIDs). */
  readonly flags: readonly TableNameCin[];
  start(): AcrossRunCin;
}

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
  /**
   * What the rule must see at once, for checking a census in batches of children (validate.ts). By
   * default a rule looks only within one child (rows sharing an LAchildID), so any batch of whole
   * children will do. 'header': it reads only the Header, and runs once.
   */
  readonly scope?: 'header';
  /** Set when the rule compares children with each other; `validate` must agree with it. */
  readonly acrossChildren?: AcrossChildrenCin;
}

export function defineRule(v: RuleVersionCin): RuleVersionCin {
  return v;
}

export function memo<T>(ctx: ContextCin, key: string, make: () => T): T {
  const known = ctx.memo.get(key);
  if (known !== undefined || ctx.memo.has(key)) return known as T;
  const v = make();
  ctx.memo.set(key, v);
  return v;
}
