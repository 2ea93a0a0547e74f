// An OC3 care leaver whose latest episode in last year's return was still open must have episodes this year.
import { at, careLeaverRows, cell, childSet, dayCol, flagRows, mergeKey, present } from '../lib/shared-d.ts';
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
      const { Episodes: episodes, Episodes_last: last, OC3: oc3 } = ctx.tables;
      if (!episodes || !last || !oc3) return undefined;
      const decom = dayCol(ctx, 'Episodes_last', 'DECOM');
      const lastRows = careLeaverRows(ctx, 'Episodes_last');
      // Whether the child's latest episode last year (by DECOM; ties: the last row) was still open.
      const openAtYearEnd = (child: string): boolean => {
        let latest: number | null = null;
        for (const p of lastRows.get(child) ?? []) {
          const d = at(decom, p);
          if (d !== null && (latest === null || d >= (at(decom, latest) as number))) latest = p;
        }
        return latest !== null && !present(last.rows[latest], 'DEC');
      };
      const now = childSet(ctx, 'Episodes');
      return {
        OC3: flagRows(oc3, (row) => {
          const child = cell(row, 'CHILD');
          return child !== null && !now.has(mergeKey(row)) && openAtYearEnd(child);
        }),
      };
    },
  }),
];
