// OC3 care leaver data should be blank for a young person aged 17 or 18 at 31 March who was looked after on
// their most recent birthday (an episode started on or before it and ended after it, or is still open).
import { ageInYears, plusYears } from '../../common/dates.ts';
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { anyPresentAt, at, CARE_LEAVER_FIELDS, childGroups, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '1007',
    definedIn: 'lac2022_23',
    message:
      'Care leaver information is not required for 17- or 18-year olds who are still looked after [on ' +
      'their 17th or 18th birthday.]',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['Episodes', 'OC3'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.OC3) return undefined;
      const end = ctx.meta.collectionEnd;
      const dob = dayCol(ctx, 'OC3', 'DOB');
      const children = column(ctx, 'OC3', 'CHILD');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const eps = childGroups(ctx, 'Episodes');
      return {
        OC3: flagWhere(rowCount(ctx, 'OC3'), (i) => {
          const born = at(dob, i);
          const child = children[i] ?? null;
          if (born === null || child === null || !anyPresentAt(ctx, 'OC3', CARE_LEAVER_FIELDS, i))
            return false;
          const age = ageInYears(born, end);
          if (age < 17 || age > 18) return false;
          const birthday = plusYears(born, age);
          return (eps.get(child) ?? []).some((p) => {
            const s = at(decom, p);
            const e = at(dec, p);
            return s !== null && s <= birthday && (e === null || e > birthday);
          });
        }),
      };
    },
  }),
];
