// AD1 adoption details are only expected for a child adopted during the year (an episode with REC
// E11/E12 ending in the collection year).

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { ADOPTED, childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const ADOPTION_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

export const versions = [
  defineRule({
    code: '602',
    definedIn: 'lac2022_23',
    message:
      'The episode data submitted for this child does not show that he/she was adopted during the year.',
    affectedFields: ['CHILD'],
    tables: ['Episodes', 'AD1'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.AD1) return undefined;
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const rec = column(ctx, 'Episodes', 'REC');
      const adoptionFields = ADOPTION_FIELDS.map((f) => column(ctx, 'AD1', f));
      const { collectionStart, collectionEnd } = ctx.meta;
      const childOfRow = childOf(ctx, 'AD1');
      const epsByChild = rowsByChild(ctx, 'Episodes');
      const adoptedThisYear = (j: number) => {
        const ended = dec[j] ?? null;
        return ended !== null && ended >= collectionStart && ended <= collectionEnd && isIn(rec[j], ADOPTED);
      };
      return {
        AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => {
          if (!adoptionFields.some((f) => (f[i] ?? null) !== null)) return false;
          return !rowsOf(epsByChild, childOfRow[i]).some(adoptedThisYear);
        }),
      };
    },
  }),
];
