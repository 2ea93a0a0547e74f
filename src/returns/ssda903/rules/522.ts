import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '522',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that the child should be placed for adoption must be on or before the date that a ' +
      'child should no longer be placed for adoption.',
    affectedFields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    tables: ['PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.PlacedAdoption) return undefined;
      const placed = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED');
      const ceased = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
      return {
        PlacedAdoption: flagWhere(rowCount(ctx, 'PlacedAdoption'), (i) => {
          const p = placed[i] ?? null;
          const c = ceased[i] ?? null;
          return p !== null && c !== null && c < p;
        }),
      };
    },
  }),
];
