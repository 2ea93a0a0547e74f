// When SUBSTANCE_MISUSE is 1 and INTERVENTION_RECEIVED is 0, INTERVENTION_OFFERED must be given.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const misuse = column(ctx, 'OC2', 'SUBSTANCE_MISUSE');
  const received = column(ctx, 'OC2', 'INTERVENTION_RECEIVED');
  const offered = column(ctx, 'OC2', 'INTERVENTION_OFFERED');
  return {
    OC2: flagWhere(
      rowCount(ctx, 'OC2'),
      (i) => misuse[i] === '1' && received[i] === '0' && (offered[i] ?? null) === null,
    ),
  };
}

export const versions = [
  defineRule({
    code: '159',
    definedIn: 'lac2022_23',
    message:
      'If a child has been recorded as not receiving an intervention for their substance misuse ' +
      'problem, then the additional item on whether an intervention was offered should be completed ' +
      'as well.',
    affectedFields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    tables: ['OC2'],
    validate: check,
  }),
];
