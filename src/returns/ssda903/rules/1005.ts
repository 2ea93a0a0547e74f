import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
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
      if (!ctx.tables.Missing) return undefined;
      const given = column(ctx, 'Missing', 'MIS_END');
      const end = dayCol(ctx, 'Missing', 'MIS_END');
      return {
        Missing: flagWhere(
          rowCount(ctx, 'Missing'),
          (i) => (given[i] ?? null) !== null && (end[i] ?? null) === null,
        ),
      };
    },
  }),
];
