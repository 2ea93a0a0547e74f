// AD1 adoption details are only expected for a child adopted during the year (an episode with REC
// E11/E12 ending in the collection year).

import { ADOPTED, childOf, dayCol, flagRows, oneOf, present, rowsByChild, rowsOf } from '../lib/shared-c.ts';
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
      const { Episodes: eps, AD1: ad1 } = ctx.tables;
      if (!eps || !ad1) return undefined;
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const { collectionStart, collectionEnd } = ctx.meta;
      const childOfRow = childOf(ctx, 'AD1');
      const epsByChild = rowsByChild(ctx, 'Episodes');
      const adoptedThisYear = (j: number) => {
        const ended = dec[j] ?? null;
        return (
          ended !== null &&
          ended >= collectionStart &&
          ended <= collectionEnd &&
          oneOf(eps.rows[j], 'REC', ADOPTED)
        );
      };
      return {
        AD1: flagRows(ad1, (row, i) => {
          if (!ADOPTION_FIELDS.some((f) => present(row, f))) return false;
          return !rowsOf(epsByChild, childOfRow[i]).some(adoptedThisYear);
        }),
      };
    },
  }),
];
