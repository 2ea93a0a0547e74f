import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '565',
    definedIn: 'lac2022_23',
    message:
      'The date that the child started to be missing or away from placement without authorisation has ' +
      'been completed but whether the child was missing or away from placement without authorisation has ' +
      'not been completed.',
    affectedFields: ['MISSING', 'MIS_START'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const missing = column(ctx, 'Missing', 'MISSING');
      const started = column(ctx, 'Missing', 'MIS_START');
      return {
        Missing: flagWhere(
          rowCount(ctx, 'Missing'),
          (i) => (missing[i] ?? null) === null && (started[i] ?? null) !== null,
        ),
      };
    },
  }),
];
