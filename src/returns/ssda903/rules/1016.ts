// OC3 care leaver data should be blank for a young person aged 17 (or 18) at 31 March whose care ended on or
// after their 17th (or 18th) birthday.
import { ageInYears, plusYears } from '../../common/dates.ts';
import { anyPresent, at, CARE_LEAVER_FIELDS, cell, childGroups, dayCol, flagRows } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1016',
    definedIn: 'lac2023_24',
    message:
      'Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after ' +
      'their birthday.',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['Episodes', 'OC3'],
    validate(ctx) {
      const { Episodes: episodes, OC3: oc3 } = ctx.tables;
      if (!episodes || !oc3) return undefined;
      const dob = dayCol(ctx, 'OC3', 'DOB');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const eps = childGroups(ctx, 'Episodes');
      return {
        OC3: flagRows(oc3, (row, i) => {
          const born = at(dob, i);
          const child = cell(row, 'CHILD');
          if (born === null || child === null || !anyPresent(row, CARE_LEAVER_FIELDS)) return false;
          const age = ageInYears(born, ctx.meta.collectionEnd);
          if (age !== 17 && age !== 18) return false;
          const birthday = plusYears(born, age);
          return (eps.get(child) ?? []).some((p) => {
            const e = at(dec, p);
            return e !== null && e >= birthday;
          });
        }),
      };
    },
  }),
];
