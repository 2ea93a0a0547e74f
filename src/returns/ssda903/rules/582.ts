// An adoption (REC E11/E12) is expected to come after matching, so DEC should differ from DATE_MATCH.

import { ADOPTED, cell, childOf, flagRows, oneOf, rowsByChild, rowsOf, sameDate } from '../lib/shared-c.ts';
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
      const { Episodes: eps, AD1: ad1 } = ctx.tables;
      if (!eps || !ad1) return undefined;
      const childOfEpisode = childOf(ctx, 'Episodes');
      const ad1ByChild = rowsByChild(ctx, 'AD1');
      return {
        Episodes: flagRows(eps, (row, i) => {
          const dec = cell(row, 'DEC');
          if (dec === null || !oneOf(row, 'REC', ADOPTED)) return false;
          return rowsOf(ad1ByChild, childOfEpisode[i]).some((j) =>
            sameDate(cell(ad1.rows[j], 'DATE_MATCH'), dec),
          );
        }),
      };
    },
  }),
];
