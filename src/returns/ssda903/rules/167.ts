// A review with a date needs a valid participation code (PN0-PN7); a row with neither passes.
import { flagRows, oneOf, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const CODES = new Set(['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

function check(ctx: Context903): Flags903 | undefined {
  const reviews = ctx.tables.Reviews;
  if (!reviews) return undefined;
  return {
    Reviews: flagRows(reviews, (r) => {
      if (present(r, 'REVIEW')) return !oneOf(r, 'REVIEW_CODE', CODES);
      return present(r, 'REVIEW_CODE');
    }),
  };
}

export const versions = [
  defineRule({
    code: '167',
    definedIn: 'lac2022_23',
    message: 'Data entry for participation is invalid or blank.',
    affectedFields: ['REVIEW_CODE'],
    tables: ['Reviews'],
    validate: check,
  }),
];
