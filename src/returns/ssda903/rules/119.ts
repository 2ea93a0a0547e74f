// DATE_PLACED_CEASED and REASON_PLACED_CEASED must both be given or both be blank.
import { flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const pa = ctx.tables.PlacedAdoption;
  if (!pa) return undefined;
  return {
    PlacedAdoption: flagRows(
      pa,
      (r) => present(r, 'DATE_PLACED_CEASED') !== present(r, 'REASON_PLACED_CEASED'),
    ),
  };
}

export const versions = [
  defineRule({
    code: '119',
    definedIn: 'lac2022_23',
    message:
      'If the decision is made that a child should no longer be placed for adoption, then the date of ' +
      'this decision and the reason why this decision was made must be completed.',
    affectedFields: ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
    tables: ['PlacedAdoption'],
    validate: check,
  }),
];
