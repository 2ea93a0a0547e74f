// When SUBSTANCE_MISUSE is 1, INTERVENTION_RECEIVED must be given.
import { cell, flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const oc2 = ctx.tables.OC2;
  if (!oc2) return undefined;
  return {
    OC2: flagRows(oc2, (r) => cell(r, 'SUBSTANCE_MISUSE') === '1' && !present(r, 'INTERVENTION_RECEIVED')),
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
