// More than two temporary placements for the foster carers' holiday (T3) in the year's return:
// all of that child's T3 episodes are flagged.
import { childRows, col, positions } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '377',
    definedIn: 'lac2022_23',
    message:
      'Only two temporary placements coded as being due to holiday of usual foster carer(s) are ' +
      'allowed in any 12- month period.',
    affectedFields: ['PLACE'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const place = col(ctx, 'Episodes', 'PLACE');
      const flagged: number[] = [];
      for (const rows of childRows(ctx, 'Episodes').values()) {
        if (rows.length < 3) continue;
        const holidays = rows.filter((i) => place[i] === 'T3');
        if (holidays.length > 2) flagged.push(...holidays);
      }
      return { Episodes: positions(flagged) };
    },
  }),
];
