// A child adopted during the year (REC E11/E12, DEC in the year) and in AD1 needs every AD1 field.

import { column, isIn, rowCount } from '../lib/frame.ts';
import { ADOPTED, childOf, dayCol, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const ADOPTION_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

export const versions = [
  defineRule({
    code: '601',
    definedIn: 'lac2022_23',
    message:
      'The additional fields relating to adoption have not been completed although the episode data shows ' +
      'that the child was adopted during the year.',
    affectedFields: ['REC', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    tables: ['Episodes', 'AD1'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.AD1) return undefined;
      const dec = dayCol(ctx, 'Episodes', 'DEC');
      const rec = column(ctx, 'Episodes', 'REC');
      const adoptionFields = ADOPTION_FIELDS.map((f) => column(ctx, 'AD1', f));
      const { collectionStart, collectionEnd } = ctx.meta;
      const childOfEpisode = childOf(ctx, 'Episodes');
      const ad1ByChild = rowsByChild(ctx, 'AD1');
      const episodes: number[] = [];
      const ad1Rows = new Set<number>();
      const n = rowCount(ctx, 'Episodes');
      for (let i = 0; i < n; i++) {
        const ended = dec[i] ?? null;
        if (ended === null || ended < collectionStart || ended > collectionEnd) continue;
        if (!isIn(rec[i], ADOPTED)) continue;
        let incomplete = false;
        for (const j of rowsOf(ad1ByChild, childOfEpisode[i])) {
          if (adoptionFields.some((f) => (f[j] ?? null) === null)) {
            incomplete = true;
            ad1Rows.add(j);
          }
        }
        if (incomplete) episodes.push(i);
      }
      return { AD1: [...ad1Rows].sort((a, b) => a - b), Episodes: episodes };
    },
  }),
];
