// When INTERVENTION_RECEIVED is 1, INTERVENTION_OFFERED must be blank.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const received = column(ctx, 'OC2', 'INTERVENTION_RECEIVED');
  const offered = column(ctx, 'OC2', 'INTERVENTION_OFFERED');
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => received[i] === '1' && (offered[i] ?? null) !== null),
  };
}

export const versions = [
  defineRule({
    code: '158',
    definedIn: 'lac2022_23',
    message:
      'If a child has been recorded as receiving an intervention for their substance misuse problem, ' +
      'then the additional item on whether an intervention was offered should be left blank.',
    affectedFields: ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    tables: ['OC2'],
    validate: check,
  }),
];
