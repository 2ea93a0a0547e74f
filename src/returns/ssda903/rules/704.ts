import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '704',
    definedIn: 'lac2026_27',
    message: 'The date that the DoLO ended is before the start or after the end of the collection year.',
    affectedFields: ['DOLO_END'],
    tables: ['DoLo'],
    validate(ctx) {
      if (!ctx.tables.DoLo) return undefined;
      const end = dayCol(ctx, 'DoLo', 'DOLO_END');
      const { collectionStart, collectionEnd } = ctx.meta;
      return {
        DoLo: flagWhere(rowCount(ctx, 'DoLo'), (i) => {
          const e = end[i] ?? null;
          return e !== null && (e < collectionStart || e > collectionEnd);
        }),
      };
    },
  }),
];
