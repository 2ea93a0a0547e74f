/**
 * Helpers for the rules that compare children with each other (validate.ts lists them). Such a rule
 * is written once, as an AcrossChildrenCin that folds batches of children into a compact state of
 * the whole return; its `validate` is that same fold over a single batch, the tables it is given.
 */
import type { AcrossChildrenCin, ContextCin, ResultCin, RuleVersionCin } from '../rule.ts';
import type { TableNameCin } from '../tables.ts';
import { NumberColumn, ValueColumn } from './columns.ts';

/** A rule's `validate` from its cross-child form: the given tables are the whole return, one batch. */
export function validateAcross(across: AcrossChildrenCin): RuleVersionCin['validate'] {
  return (ctx: ContextCin) => {
    if (across.tables.some((t) => !ctx.tables[t])) return undefined;
    const run = across.start();
    run.add({ ctx, position: (_table, row) => row });
    return run.finish();
  };
}

/**
 * Values met in more than one row of one column over the whole return (a UPN, an LAchildID). While
 * the batches go by they are only listed, each row's value and position, and compared once at the
 * end by sorting: ~12 bytes a row, where a Map of the values costs ~35 more. Values `encode` turns
 * into numbers (a different number for each value) are listed as numbers and not kept as text.
 */
export class RepeatedValues {
  private readonly numbers = new NumberColumn();
  private readonly numberRows = new NumberColumn();
  private readonly strings = new ValueColumn<string>();
  private readonly stringRows = new NumberColumn();

  constructor(private readonly encode: (value: string) => number | null = () => null) {}

  add(value: string | null | undefined, position: number): void {
    if (value === null || value === undefined) return;
    const n = this.encode(value);
    if (n === null) {
      this.strings.push(value);
      this.stringRows.push(position);
    } else {
      this.numbers.push(n);
      this.numberRows.push(position);
    }
  }

  /** Positions of every row whose value another row shares, in ascending order. */
  positions(): number[] {
    const out: number[] = [];
    const numbers = repeatedIn(this.numbers.sorted());
    for (let i = 0; i < this.numbers.length; i++) {
      if (numbers.has(this.numbers.get(i))) out.push(this.numberRows.get(i));
    }
    const strings = repeatedIn(this.strings.toArray().sort());
    for (let i = 0; i < this.strings.length; i++) {
      if (strings.has(this.strings.get(i))) out.push(this.stringRows.get(i));
    }
    return out.sort((a, b) => a - b);
  }
}

/** The values that occur more than once in a sorted list. */
export function repeatedIn<T>(sorted: ArrayLike<T>): Set<T> {
  const out = new Set<T>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) out.add(sorted[i] as T);
  return out;
}

/** The result flagging one field of the given rows. */
export function flagRows(table: TableNameCin, field: string, rows: readonly number[]): ResultCin {
  return { locations: rows.map((row) => ({ table, field, row })) };
}
