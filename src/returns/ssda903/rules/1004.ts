import { dayCol, flagRows } from '../lib/shared-d.ts';
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
      const t = ctx.tables.Missing;
      if (!t) return undefined;
      const start = dayCol(ctx, 'Missing', 'MIS_START');
      return { Missing: flagRows(t, (_row, i) => (start[i] ?? null) === null) };
    },
  }),
];
