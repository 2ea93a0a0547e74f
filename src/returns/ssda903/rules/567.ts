import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '567',
    definedIn: 'lac2022_23',
    message:
      'The date that the missing episode or episode that the child was away from placement without ' +
      'authorisation ended is before the date that it started.',
    affectedFields: ['MIS_START', 'MIS_END'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const start = dayCol(ctx, 'Missing', 'MIS_START');
      const end = dayCol(ctx, 'Missing', 'MIS_END');
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const s = start[i] ?? null;
          const e = end[i] ?? null;
          return s !== null && e !== null && e < s;
        }),
      };
    },
  }),
];
