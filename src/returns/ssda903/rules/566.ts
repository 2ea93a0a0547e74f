import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '566',
    definedIn: 'lac2022_23',
    message:
      "The date that the child's episode of being missing or away from placement without authorisation " +
      'ended has been completed but whether the child was missing or away without authorisation has not ' +
      'been completed.',
    affectedFields: ['MISSING', 'MIS_END'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const missing = column(ctx, 'Missing', 'MISSING');
      const ended = column(ctx, 'Missing', 'MIS_END');
      return {
        Missing: flagWhere(
          rowCount(ctx, 'Missing'),
          (i) => (missing[i] ?? null) === null && (ended[i] ?? null) !== null,
        ),
      };
    },
  }),
];
