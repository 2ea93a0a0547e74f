// When SUBSTANCE_MISUSE is 1 and INTERVENTION_RECEIVED is 0, INTERVENTION_OFFERED must be given.
import { cell, flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const oc2 = ctx.tables.OC2;
  if (!oc2) return undefined;
  return {
    OC2: flagRows(
      oc2,
      (r) =>
        cell(r, 'SUBSTANCE_MISUSE') === '1' &&
        cell(r, 'INTERVENTION_RECEIVED') === '0' &&
        !present(r, 'INTERVENTION_OFFERED'),
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
