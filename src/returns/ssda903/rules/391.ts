// Care leaver information (IN_TOUCH, ACTIV, ACCOM) given for a young person who had not turned 17 by
// the end of the collection year.
import { rowCount } from '../lib/frame.ts';
import { at, col, dobPlus, flagWhere, present } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '391',
    definedIn: 'lac2022_23',
    message: 'Young person was not 17, 18, 19, 20 or 21 during the current collection year.',
    affectedFields: ['DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['OC3'],
    validate(ctx) {
      if (!ctx.tables.OC3) return undefined;
      const inTouch = col(ctx, 'OC3', 'IN_TOUCH');
      const activ = col(ctx, 'OC3', 'ACTIV');
      const accom = col(ctx, 'OC3', 'ACCOM');
      const seventeenth = dobPlus(ctx, 'OC3', 17);
      const end = ctx.meta.collectionEnd;
      const flagged = flagWhere(rowCount(ctx, 'OC3'), (i) => {
        const birthday = at(seventeenth, i);
        if (birthday === null || birthday <= end) return false;
        return present(inTouch[i]) || present(activ[i]) || present(accom[i]);
      });
      return { OC3: flagged };
    },
  }),
];
