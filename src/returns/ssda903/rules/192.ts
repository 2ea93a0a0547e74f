// When SUBSTANCE_MISUSE is 1, INTERVENTION_RECEIVED must be given.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const misuse = column(ctx, 'OC2', 'SUBSTANCE_MISUSE');
  const received = column(ctx, 'OC2', 'INTERVENTION_RECEIVED');
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => misuse[i] === '1' && (received[i] ?? null) === null),
  };
}

export const versions = [
  defineRule({
    code: '192',
    definedIn: 'lac2022_23',
    message:
      'Child has been identified as having a substance misuse problem but the additional item on ' +
      'whether an intervention was received has been left blank.',
    affectedFields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'],
    tables: ['OC2'],
    validate: check,
  }),
];
