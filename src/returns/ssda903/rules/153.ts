// IN_TOUCH, ACTIV and ACCOM must be all given or all blank.
import { flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];

function check(ctx: Context903): Flags903 | undefined {
  const oc3 = ctx.tables.OC3;
  if (!oc3) return undefined;
  return {
    OC3: flagRows(oc3, (r) => {
      const n = FIELDS.filter((f) => present(r, f)).length;
      return n > 0 && n < FIELDS.length;
    }),
  };
}

export const versions = [
  defineRule({
    code: '153',
    definedIn: 'lac2022_23',
    message:
      "All data items relating to a child's activity or accommodation after leaving care must be " +
      'coded or left blank.',
    affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    tables: ['OC3'],
    validate: check,
  }),
];
