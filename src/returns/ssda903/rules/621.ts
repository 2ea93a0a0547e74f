// The mother's child (MC_DOB) must be born after the mother (DOB).

import { flagWhere, rowCount } from '../lib/frame.ts';
import { dayCol } from '../lib/shared-c.ts';
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
      if (!ctx.tables.Header) return undefined;
      const dob = dayCol(ctx, 'Header', 'DOB');
      const childDob = dayCol(ctx, 'Header', 'MC_DOB');
      return {
        Header: flagWhere(rowCount(ctx, 'Header'), (i) => {
          const born = dob[i] ?? null;
          const childBorn = childDob[i] ?? null;
          return born !== null && childBorn !== null && childBorn <= born;
        }),
      };
    },
  }),
];
