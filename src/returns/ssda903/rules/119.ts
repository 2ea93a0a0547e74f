// DATE_PLACED_CEASED and REASON_PLACED_CEASED must both be given or both be blank.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.PlacedAdoption) return undefined;
  const date = column(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
  const reason = column(ctx, 'PlacedAdoption', 'REASON_PLACED_CEASED');
  return {
    PlacedAdoption: flagWhere(
      rowCount(ctx, 'PlacedAdoption'),
      (i) => ((date[i] ?? null) !== null) !== ((reason[i] ?? null) !== null),
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
