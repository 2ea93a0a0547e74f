// An adopted child (REC E11/E12) whose PlacedAdoption records all show the decision as ceased
// (more than one such record, none left open) has a ceased date that should have been left blank.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { ADOPTED, childOf, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '558',
    definedIn: 'lac2022_23',
    message:
      'If a child has been adopted, then the decision to place them for adoption has not been disrupted ' +
      'and the date of the decision that a child should no longer be placed for adoption should be left ' +
      'blank.',
    affectedFields: ['DATE_PLACED_CEASED', 'REC'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
      const rec = column(ctx, 'Episodes', 'REC');
      const dateCeased = column(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const paByChild = rowsByChild(ctx, 'PlacedAdoption');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          if (!isIn(rec[i], ADOPTED)) return false;
          const records = rowsOf(paByChild, childOfEpisode[i]);
          return records.length > 1 && records.every((j) => (dateCeased[j] ?? null) !== null);
        }),
      };
    },
  }),
];
