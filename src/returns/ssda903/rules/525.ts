// A child whose adoption decision was reversed (DATE_PLACED_CEASED given) must have no AD1 adoption data.

import { column } from '../lib/frame.ts';
import { rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const ADOPTION_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

export const versions = [
  defineRule({
    code: '525',
    definedIn: 'lac2022_23',
    message:
      'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during ' +
      'the year.',
    affectedFields: [
      'DATE_PLACED_CEASED',
      'DATE_INT',
      'DATE_MATCH',
      'FOSTER_CARE',
      'NB_ADOPTR',
      'SEX_ADOPTR',
      'LS_ADOPTR',
    ],
    tables: ['PlacedAdoption', 'AD1'],
    validate(ctx) {
      if (!ctx.tables.PlacedAdoption || !ctx.tables.AD1) return undefined;
      const ceased = column(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
      const adoption = ADOPTION_FIELDS.map((f) => column(ctx, 'AD1', f));
      const ad1ByChild = rowsByChild(ctx, 'AD1');
      const paRows = new Set<number>();
      const ad1Rows = new Set<number>();
      const byChild = rowsByChild(ctx, 'PlacedAdoption');
      for (let child = 0; child < byChild.length; child++) {
        const positions = byChild[child];
        if (!positions) continue;
        for (const i of positions) {
          if ((ceased[i] ?? null) === null) continue;
          for (const j of rowsOf(ad1ByChild, child)) {
            if (adoption.some((values) => (values[j] ?? null) !== null)) {
              paRows.add(i);
              ad1Rows.add(j);
            }
          }
        }
      }
      return {
        PlacedAdoption: [...paRows].sort((a, b) => a - b),
        AD1: [...ad1Rows].sort((a, b) => a - b),
      };
    },
  }),
];
