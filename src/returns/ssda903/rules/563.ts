import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '563',
    definedIn: 'lac2022_23',
    message:
      'The child should no longer be placed for adoption but the date of the decision that the child ' +
      'should be placed for adoption is blank',
    affectedFields: ['DATE_PLACED', 'REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
    tables: ['PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.PlacedAdoption) return undefined;
      const reasonCeased = column(ctx, 'PlacedAdoption', 'REASON_PLACED_CEASED');
      const dateCeased = column(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
      const placed = column(ctx, 'PlacedAdoption', 'DATE_PLACED');
      return {
        PlacedAdoption: flagWhere(
          rowCount(ctx, 'PlacedAdoption'),
          (i) =>
            (reasonCeased[i] ?? null) !== null &&
            (dateCeased[i] ?? null) !== null &&
            (placed[i] ?? null) === null,
        ),
      };
    },
  }),
];
