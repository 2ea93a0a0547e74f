import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const NOT_WITH_PR3: ReadonlySet<string> = new Set([
  'A3',
  'A4',
  'A5',
  'A6',
  'K1',
  'K2',
  'P1',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
]);

export const versions = [
  defineRule({
    code: '529',
    definedIn: 'lac2022_23',
    message:
      'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to ' +
      'U6 as these placements cannot be provided by other public organisations.',
    affectedFields: ['PLACE', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    validate(ctx) {
      if (!ctx.tables.Episodes) return undefined;
      const provider = column(ctx, 'Episodes', 'PLACE_PROVIDER');
      const place = column(ctx, 'Episodes', 'PLACE');
      return {
        Episodes: flagWhere(
          rowCount(ctx, 'Episodes'),
          (i) => provider[i] === 'PR3' && isIn(place[i], NOT_WITH_PR3),
        ),
      };
    },
  }),
];
