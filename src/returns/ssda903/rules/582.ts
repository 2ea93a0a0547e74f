// An adoption (REC E11/E12) is expected to come after matching, so DEC should differ from DATE_MATCH.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { ADOPTED, childOf, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '582',
    definedIn: 'lac2022_23',
    message:
      'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the ' +
      'same as the date reported for being matched with adopters. In most circumstances we expect the ' +
      'date the child is matched with adopters to be before the date of adoption.',
    affectedFields: ['DEC', 'DATE_MATCH'],
    tables: ['Episodes', 'AD1'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.AD1) return undefined;
      const ceased = column(ctx, 'Episodes', 'DEC');
      const rec = column(ctx, 'Episodes', 'REC');
      const matched = column(ctx, 'AD1', 'DATE_MATCH');
      const childOfEpisode = childOf(ctx, 'Episodes');
      const ad1ByChild = rowsByChild(ctx, 'AD1');
      return {
        Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
          const dec = ceased[i] ?? null;
          if (dec === null || !isIn(rec[i], ADOPTED)) return false;
          return rowsOf(ad1ByChild, childOfEpisode[i]).some((j) => sameDate(matched[j] ?? null, dec));
        }),
      };
    },
  }),
];
