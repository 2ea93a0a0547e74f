import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '570',
    definedIn: 'lac2022_23',
    message:
      'The date that the child started to be missing or away from placement without authorisation is ' +
      'after the end of the collection year.',
    affectedFields: ['MIS_START'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const start = dayCol(ctx, 'Missing', 'MIS_START');
      const end = ctx.meta.collectionEnd;
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const s = start[i] ?? null;
          return s !== null && s > end;
        }),
      };
    },
  }),
];
