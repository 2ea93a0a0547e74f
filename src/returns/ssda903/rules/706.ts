// A DoLO still open at the end of last year's return must appear again this year with the same start date.
// The rows reported are last year's open DoLOs (DoLo_last), as this year has no row to point at.
import { dmy } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { mergeKeyOf } from '../lib/shared-d.ts';
import { type Context903, defineRule } from '../rule.ts';

/** A DoLO's child and start date (as a date when it parses, else as given), row by row. */
function startKeys(ctx: Context903, table: 'DoLo' | 'DoLo_last'): (i: number) => string {
  const children = column(ctx, table, 'CHILD');
  const start = column(ctx, table, 'DOLO_START');
  return (i) => {
    const raw = start[i] ?? null;
    const day = dmy(raw);
    return `${mergeKeyOf(children[i])}|${day === null ? `raw:${raw ?? ''}` : day}`;
  };
}

export const versions = [
  defineRule({
    code: '706',
    definedIn: 'lac2026_27',
    message:
      'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the ' +
      'start of this year..',
    affectedFields: ['DOLO_START'],
    tables: ['DoLo', 'DoLo_last'],
    validate(ctx) {
      if (!ctx.tables.DoLo || !ctx.tables.DoLo_last) return undefined;
      const thisYearKey = startKeys(ctx, 'DoLo');
      const thisYear = new Set<string>();
      const n = rowCount(ctx, 'DoLo');
      for (let i = 0; i < n; i++) thisYear.add(thisYearKey(i));
      const lastYearKey = startKeys(ctx, 'DoLo_last');
      const lastEnd = column(ctx, 'DoLo_last', 'DOLO_END');
      return {
        DoLo_last: flagWhere(
          rowCount(ctx, 'DoLo_last'),
          (i) => (lastEnd[i] ?? null) === null && !thisYear.has(lastYearKey(i)),
        ),
      };
    },
  }),
];
