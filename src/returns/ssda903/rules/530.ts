import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const NOT_WITH_PR4: ReadonlySet<string> = new Set(['P1']);

export const versions = [
  defineRule({
    code: '530',
    definedIn: 'lac2022_23',
    message: 'A placement provider code of PR4 cannot be associated with placement P1.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const provider = column(ctx, 'Episodes', 'PLACE_PROVIDER');
      const place = column(ctx, 'Episodes', 'PLACE');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => provider[i] === 'PR4' && isIn(place[i], NOT_WITH_PR4),
        ),
      };
    },
  }),
];
