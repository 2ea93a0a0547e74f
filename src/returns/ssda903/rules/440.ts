// Participation code PN0 (child under 4) for a review held on or after the child's 4th birthday.
import { rowCount } from '../lib/frame.ts';
import { at, col, dayCol, dobPlus, flagWhere, isIn } from '../lib/shared-b.ts';
import { defineRule } from '../rule.ts';

const UNDER_FOUR = new Set(['PN0']);

export const versions = [
  defineRule({
    code: '440',
    definedIn: 'lac2022_23',
    message:
      'Participation method indicates child was under 4 years old at the time of the review, but ' +
      'date of birth and review date indicates the child was 4 years old or over.',
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
        if (!isIn(code[i], UNDER_FOUR) || birthday === null || held === null) return false;
        return held >= birthday;
      });
      return { Reviews: flagged };
    },
  }),
];
