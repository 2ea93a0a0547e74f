// When SUBSTANCE_MISUSE is 0 or blank, both intervention items must be blank.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const misuse = column(ctx, 'OC2', 'SUBSTANCE_MISUSE');
  const received = column(ctx, 'OC2', 'INTERVENTION_RECEIVED');
  const offered = column(ctx, 'OC2', 'INTERVENTION_OFFERED');
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) => {
      const m = misuse[i] ?? null;
      const noMisuse = m === null || m === '0';
      return noMisuse && ((received[i] ?? null) !== null || (offered[i] ?? null) !== null);
    }),
  };
}

export const versions = [
  defineRule({
    code: '193',
    definedIn: 'lac2022_23',
    message:
      'Child not identified as having a substance misuse problem but at least one of the two ' +
      'additional items on whether an intervention were offered and received have been completed.',
    affectedFields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    tables: ['OC2'],
    validate: check,
  }),
];
