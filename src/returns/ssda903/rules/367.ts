// A child's short breaks (legal status V3) within the collection year add up to more than 75 days.
// Each break is cut to the collection year; every break that counted is flagged.
import { at, childRows, col, dayCol, positions, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '367',
    definedIn: 'lac2022_23',
    message: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
    affectedFields: ['LS', 'DECOM', 'DEC'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const decCells = col(ctx, 'Episodes', 'DEC');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const { collectionStart: yearStart, collectionEnd: yearEnd } = ctx.meta;
      const flagged: number[] = [];
      for (const rows of childRows(ctx, 'Episodes').values()) {
        const counted: number[] = [];
        let total = 0;
        for (const i of rows) {
          const start = at(decom, i);
          if (ls[i] !== 'V3' || start === null) continue;
          const given = at(dec, i);
          const end = !present(decCells[i]) || (given !== null && given > yearEnd) ? yearEnd : given;
          if (end === null) continue;
          const days = end - Math.max(start, yearStart);
          if (days <= 0) continue;
          counted.push(i);
          total += days;
        }
        if (total > 75) flagged.push(...counted);
      }
      return { Episodes: positions(flagged) };
    },
  }),
];
