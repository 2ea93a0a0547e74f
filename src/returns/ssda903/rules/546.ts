// HEALTH_CHECK is only for children under 5 at 31 March (checked for those continuously looked after).
import { plusYears } from '../../common/dates.ts';
import { childOf, continuouslyLookedAfter, dayCol, flagRows, present } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '546',
    definedIn: 'lac2022_23',
    message: 'Children aged 5 or over at 31 March should not have health promotion information completed.',
    affectedFields: ['DOB', 'HEALTH_CHECK'],
    tables: ['Episodes', 'OC2'],
    validate(ctx) {
      const { OC2: oc2, Episodes: eps } = ctx.tables;
      if (!oc2 || !eps) return undefined;
      const dob = dayCol(ctx, 'OC2', 'DOB');
      const cla = continuouslyLookedAfter(ctx);
      const childOfRow = childOf(ctx, 'OC2');
      const end = ctx.meta.collectionEnd;
      return {
        OC2: flagRows(oc2, (row, i) => {
          const born = dob[i] ?? null;
          if (born === null || cla[childOfRow[i] as number] !== 1) return false;
          return end >= plusYears(born, 5) && present(row, 'HEALTH_CHECK');
        }),
      };
    },
  }),
];
