// The six AD1 items must be all given or all blank.
import { flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

function check(ctx: Context903): Flags903 | undefined {
  const ad1 = ctx.tables.AD1;
  if (!ad1) return undefined;
  return {
    AD1: flagRows(ad1, (r) => {
      const n = FIELDS.filter((f) => present(r, f)).length;
      return n > 0 && n < FIELDS.length;
    }),
  };
}

export const versions = [
  defineRule({
    code: '151',
    definedIn: 'lac2022_23',
    message: 'All data items relating to a childs adoption must be coded or left blank.',
    affectedFields: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTER', 'SEX_ADOPTR', 'LS_ADOPTR'],
    tables: ['AD1'],
    validate: check,
  }),
];
