// When SUBSTANCE_MISUSE is 0 or blank, both intervention items must be blank.
import { cell, flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function check(ctx: Context903): Flags903 | undefined {
  const oc2 = ctx.tables.OC2;
  if (!oc2) return undefined;
  return {
    OC2: flagRows(oc2, (r) => {
      const misuse = cell(r, 'SUBSTANCE_MISUSE');
      const noMisuse = misuse === null || misuse === '0';
      return noMisuse && (present(r, 'INTERVENTION_RECEIVED') || present(r, 'INTERVENTION_OFFERED'));
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
