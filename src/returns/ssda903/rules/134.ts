// A child with OC3 (care leaver) data must not also have AD1 (adoption) data.
import { childOf, childRows, flagRows, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

function check(ctx: Context903): Flags903 | undefined {
  const { OC3: oc3, AD1: ad1 } = ctx.tables;
  if (!oc3 || !ad1) return undefined;
  const oc3ByChild = childRows(ctx, 'OC3');
  const hasOc3Data = (child: string | null) =>
    child !== null &&
    (oc3ByChild.get(child) ?? []).some((i) => OC3_FIELDS.some((f) => present(oc3.rows[i], f)));
  return {
    AD1: flagRows(ad1, (r) => AD1_FIELDS.some((f) => present(r, f)) && hasOc3Data(childOf(r))),
  };
}

export const versions = [
  defineRule({
    code: '134',
    definedIn: 'lac2022_23',
    message: 'Data on adoption should not be entered for the OC3 cohort.',
    affectedFields: [
      'IN_TOUCH',
      'ACTIV',
      'ACCOM',
      'DATE_INT',
      'DATE_MATCH',
      'FOSTER_CARE',
      'NB_ADOPTR',
      'SEX_ADOPTR',
      'LS_ADOPTR',
    ],
    tables: ['OC3', 'AD1'],
    validate: check,
  }),
];
