import { flagRows, present } from '../lib/shared-c.ts';
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
    validate({ tables }) {
      const pa = tables.PlacedAdoption;
      if (!pa) return undefined;
      return {
        PlacedAdoption: flagRows(
          pa,
          (row) =>
            present(row, 'REASON_PLACED_CEASED') &&
            present(row, 'DATE_PLACED_CEASED') &&
            !present(row, 'DATE_PLACED'),
        ),
      };
    },
  }),
];
