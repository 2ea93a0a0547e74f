// An OC3 care leaver whose latest episode in last year's return was still open must have episodes this year.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { at, careLeaverRows, childSet, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1010',
    definedIn: 'lac2022_23',
    message:
      'This child has no episodes loaded for current year even though there was an open episode of care at ' +
      'the end of the previous year, and care leaver data has been entered.',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['Episodes', 'Episodes_last', 'OC3'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Episodes_last || !ctx.tables.OC3) return undefined;
      const decom = dayCol(ctx, 'Episodes_last', 'DECOM');
      const decLast = column(ctx, 'Episodes_last', 'DEC');
      const lastRows = careLeaverRows(ctx, 'Episodes_last');
      // Whether the child's latest episode last year (by DECOM; ties: the last row) was still open.
      const openAtYearEnd = (child: string): boolean => {
        let latest: number | null = null;
        for (const p of lastRows.get(child) ?? []) {
          const d = at(decom, p);
          if (d !== null && (latest === null || d >= (at(decom, latest) as number))) latest = p;
        }
        return latest !== null && (decLast[latest] ?? null) === null;
      };
      const now = childSet(ctx, 'Episodes');
      const children = column(ctx, 'OC3', 'CHILD');
      return {
        OC3: flagWhere(rowCount(ctx, 'OC3'), (i) => {
          // A given CHILD is its own merge key.
          const child = children[i] ?? null;
          return child !== null && !now.has(child) && openAtYearEnd(child);
        }),
      };
    },
  }),
];
