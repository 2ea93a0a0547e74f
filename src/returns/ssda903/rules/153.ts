// IN_TOUCH, ACTIV and ACCOM must be all given or all blank.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC3) return undefined;
  const cols = FIELDS.map((f) => column(ctx, 'OC3', f));
  return {
    OC3: flagWhere(rowCount(ctx, 'OC3'), (i) => {
      const n = cols.filter((c) => (c[i] ?? null) !== null).length;
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
