// The mother's child (MC_DOB) must be born after the mother (DOB).

import { dayCol, flagRows } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '621',
    definedIn: 'lac2022_23',
    message:
      'Mother’s field has been completed but date of birth shows that the mother is younger than her ' +
      'child.',
    affectedFields: ['DOB', 'MC_DOB'],
    tables: ['Header'],
    validate(ctx) {
      const header = ctx.tables.Header;
      if (!header) return undefined;
      const dob = dayCol(ctx, 'Header', 'DOB');
      const childDob = dayCol(ctx, 'Header', 'MC_DOB');
      return {
        Header: flagRows(header, (_row, i) => {
          const born = dob[i] ?? null;
          const childBorn = childDob[i] ?? null;
          return born !== null && childBorn !== null && childBorn <= born;
        }),
      };
    },
  }),
];
