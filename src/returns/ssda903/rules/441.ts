// Participation codes PN1-PN7 (child aged 4 or over) for a review held before the child's 4th
// birthday.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, flagWhere, isIn } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const FOUR_OR_OVER = new Set(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

export const versions = [
  defineRule({
    code: '441',
    definedIn: 'lac2022_23',
    message:
      'Participation method indicates child was 4 years old or over at the time of the review, ' +
      'but the date of birth and review date indicates the child was under 4 years old.',
    affectedFields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
    tables: ['Reviews'],
    validate(ctx) {
      if (!ctx.tables.Reviews) return undefined;
      const code = col(ctx, 'Reviews', 'REVIEW_CODE');
      const fourth = dobPlus(ctx, 'Reviews', 4);
      const review = dayCol(ctx, 'Reviews', 'REVIEW');
      const flagged = flagWhere(rowCount(ctx, 'Reviews'), (i) => {
        const birthday = at(fourth, i);
        const held = at(review, i);
        if (!isIn(code[i], FOUR_OR_OVER) || birthday === null || held === null) return false;
        return held < birthday;
      });
      return { Reviews: flagged };
    },
  }),
];
