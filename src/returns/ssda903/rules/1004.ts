import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1004',
    definedIn: 'lac2022_23',
    message:
      'The start date of the missing episode or episode that the child was away from placement without ' +
      'authorisation is not a valid date.',
    affectedFields: ['MIS_START'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const start = dayCol(ctx, 'Missing', 'MIS_START');
      return { Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => (start[i] ?? null) === null) };
    },
  }),
];
