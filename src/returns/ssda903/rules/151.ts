// The six AD1 items must be all given or all blank.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.AD1) return undefined;
  const cols = FIELDS.map((f) => column(ctx, 'AD1', f));
  return {
    AD1: flagWhere(rowCount(ctx, 'AD1'), (i) => {
      const n = cols.filter((c) => (c[i] ?? null) !== null).length;
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
