// For a child whose every episode is a short break (legal status V3/V4), the MOTHER field, review
// dates and participation codes must be blank. The child's episodes and the offending rows are flagged.

import { groupRows, trimmedChildKeys } from '../lib/frame.ts';
import { childRows, col, isIn, positions, present, rowsOf, V3_V4 } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '399',
    definedIn: 'lac2022_23',
    message:
      'Mother field, review field or participation field are completed but child is looked after ' +
      'under legal status V3 or V4.',
    affectedFields: ['MOTHER', 'LS', 'REVIEW', 'REVIEW_CODE'],
    tables: ['Episodes', 'Header', 'Reviews'],
    validate(ctx) {
      if (!ctx.tables.Episodes || !ctx.tables.Header || !ctx.tables.Reviews) return undefined;
      const ls = col(ctx, 'Episodes', 'LS');
      const mother = col(ctx, 'Header', 'MOTHER');
      const review = col(ctx, 'Reviews', 'REVIEW');
      const code = col(ctx, 'Reviews', 'REVIEW_CODE');
      const headerRows = childRows(ctx, 'Header');
      // Only children whose every episode is a short break are checked: their review rows are gathered
      // in one pass, rather than grouping all 100,000 children's reviews for a handful.
      const shortBreaksOnly = new Map<string, readonly number[]>();
      childRows(ctx, 'Episodes').forEach((rows, child) => {
        if (rows.every((i) => isIn(ls[i], V3_V4))) shortBreaksOnly.set(child, rows);
      });
      const reviewRows = groupRows(trimmedChildKeys(ctx, 'Reviews'), (k) => shortBreaksOnly.has(k));
      const reviewed = (r: number): boolean => present(review[r]) || present(code[r]);
      const isMother = (h: number): boolean => present(mother[h]);
      const epsFlagged: number[] = [];
      const headerFlagged: number[] = [];
      const reviewsFlagged: number[] = [];
      shortBreaksOnly.forEach((rows, child) => {
        const hs = rowsOf(headerRows, child);
        const rs = rowsOf(reviewRows, child);
        const anyMother = hs.some(isMother);
        const anyReview = rs.some(reviewed);
        if (!anyMother && !anyReview) return;
        // Every header row pairs with every review row of the child: a pair with anything filled in
        // flags both its rows.
        epsFlagged.push(...rows);
        headerFlagged.push(...hs.filter((h) => anyReview || isMother(h)));
        reviewsFlagged.push(...rs.filter((r) => anyMother || reviewed(r)));
      });
      return {
        Episodes: positions(epsFlagged),
        Header: positions(headerFlagged),
        Reviews: positions(reviewsFlagged),
      };
    },
  }),
];
