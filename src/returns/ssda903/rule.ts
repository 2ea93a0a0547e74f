/**
 * What an SSDA903 validation rule is. One file per rule code under ./rules/, exporting `versions`:
 * one entry per DfE ruleset folder whose behaviour differs (`definedIn`, e.g. 'lac2024_25'), so the
 * registry can pick exactly the version `rules_by_ruleset.csv` names for a collection year.
 */
import type { DayNumber } from '../../core/day.ts';
import type { Table } from '../common/table.ts';
import type { TableName903 } from './tables.ts';

export type Tables903 = Partial<Record<TableName903, Table>>;

export interface Meta903 {
  /** 1 April at the start of the collection year. */
  readonly collectionStart: DayNumber;
  /** 31 March at the end of the collection year. */
  readonly collectionEnd: DayNumber;
  /** End year of the collection, e.g. '2026' for 2025/26. */
  readonly collectionYear: string;
  /** Long-form council code, e.g. 'E09000030', when known. */
  readonly localAuthority: string | null;
  /** Ofsted provider lookup (URN, PLACE_CODES, PROVIDER_CODES, REG_END, POSTCODE, LA_CODE_INFERRED ...), when supplied. */
  readonly providerInfo: Table | null;
  /**
   * The form the return came in. In CSV the Header's UASC column is derived by kith (so checking it is
   * meaningless); in XML it is supplied by the council.
   */
  readonly fileFormat: 'csv' | 'xml';
}

export interface Context903 {
  readonly tables: Tables903;
  readonly meta: Meta903;
  /** Per-run memo for derived data rules share (children's episodes sorted, parsed dates ...). */
  readonly memo: Map<string, unknown>;
}

/** Flagged row positions (0-based) per table. */
export type Flags903 = Partial<Record<TableName903, number[]>>;

export interface RuleVersion903 {
  readonly code: string;
  /** The DfE ruleset folder this behaviour was defined in, e.g. 'lac2022_23'. */
  readonly definedIn: string;
  readonly message: string;
  readonly affectedFields: readonly string[];
  readonly tables: readonly TableName903[];
  /**
   * For a rule that compares different children's rows (e.g. 444: a UPN given to two children), the
   * columns it reads of each table (CHILD is always there). A large return is validated in parts
   * split by child (validate-parts.ts); such a rule is run once, on these columns of its tables put
   * back together. Every other rule looks at one child at a time (a test checks this against the
   * conformance cases).
   */
  readonly acrossChildren?: Partial<Record<TableName903, readonly string[]>>;
  /**
   * For a rule that looks at one child at a time but flags nothing unless some facts hold of the
   * return as a whole (1001, as the DfE tool does it), those facts and the rows flagged as if they
   * held: `validate` is then `facts(ctx).every(Boolean) ? flag(ctx) : {}`. Each fact must be "some
   * row or child has ...", so that it holds of a return split by child when it holds of any part.
   */
  readonly gatedBy?: {
    readonly facts: (ctx: Context903) => boolean[];
    readonly flag: (ctx: Context903) => Flags903 | undefined;
  };
  /**
   * Returns the rows that break the rule, or `undefined` when a table the rule needs was not
   * supplied (the rule is then reported as not run, which is not the same as passing).
   */
  validate(ctx: Context903): Flags903 | undefined;
}

export function defineRule(v: RuleVersion903): RuleVersion903 {
  return v;
}

/** Memoise a value derived from the run's tables, shared between rules. */
export function memo<T>(ctx: Context903, key: string, make: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const v = make();
  ctx.memo.set(key, v);
  return v;
}
