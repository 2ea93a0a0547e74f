import { dayCol, flagRows, present } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1005',
    definedIn: 'lac2022_23',
    message:
      'The end date of the missing episode or episode that the child was away from placement without ' +
      'authorisation is not a valid date.',
    affectedFields: ['MIS_END'],
    tables: ['Missing'],
    validate(ctx) {
      const t = ctx.tables.Missing;
      if (!t) return undefined;
      const end = dayCol(ctx, 'Missing', 'MIS_END');
      return { Missing: flagRows(t, (row, i) => present(row, 'MIS_END') && (end[i] ?? null) === null) };
    },
  }),
];
