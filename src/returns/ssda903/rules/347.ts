// Accommodation T (foyer) for a care leaver who was under 18 at the start of the collection year.
import { rowCount } from '../lib/frame.ts';
import { at, col, dobPlus, flagWhere } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '347',
    definedIn: 'lac2023_24',
    message: 'Care leavers aged under 18 years, can not be accommodated in a Foyer.',
    affectedFields: ['PLACE', 'DEC', 'URN'],
    tables: ['OC3'],
    validate(ctx) {
      if (!ctx.tables.OC3) return undefined;
      const accom = col(ctx, 'OC3', 'ACCOM');
      const eighteenth = dobPlus(ctx, 'OC3', 18);
      const start = ctx.meta.collectionStart;
      const flagged = flagWhere(rowCount(ctx, 'OC3'), (i) => {
        const birthday = at(eighteenth, i);
        return accom[i] === 'T' && birthday !== null && birthday > start;
      });
      return { OC3: flagged };
    },
  }),
];
