import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '550',
    definedIn: 'lac2022_23',
    message: 'A placement provider code of PR0 can only be associated with placement P1.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const provider = column(ctx, 'Episodes', 'PLACE_PROVIDER');
      const place = column(ctx, 'Episodes', 'PLACE');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => provider[i] === 'PR0' && place[i] !== 'P1'),
      };
    },
  }),
];
