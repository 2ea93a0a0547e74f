import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '571',
    definedIn: 'lac2022_23',
    message:
      'The date that the child ceased to be missing or away from placement without authorisation is ' +
      'before the start or after the end of the collection year.',
    affectedFields: ['MIS_END'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const ended = dayCol(ctx, 'Missing', 'MIS_END');
      const { collectionStart, collectionEnd } = ctx.meta;
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const e = ended[i] ?? null;
          return e !== null && (e < collectionStart || e > collectionEnd);
        }),
      };
    },
  }),
];
