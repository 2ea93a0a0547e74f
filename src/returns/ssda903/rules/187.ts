// A child looked after continuously for 12 months (OC2 cohort) must not have AD1 or OC3 items.
import { continuouslyLookedAfter, flagRows, hasChild, present } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

function check(ctx: Context903): Flags903 | undefined {
  const { OC3: oc3, AD1: ad1, Episodes: eps } = ctx.tables;
  if (!oc3 || !ad1 || !eps) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  return {
    AD1: flagRows(ad1, (r) => hasChild(cla, r) && AD1_FIELDS.some((f) => present(r, f))),
    OC3: flagRows(oc3, (r) => hasChild(cla, r) && OC3_FIELDS.some((f) => present(r, f))),
  };
}

export const versions = [
  defineRule({
    code: '187',
    definedIn: 'lac2022_23',
    message:
      'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of ' +
      'adoption or care leavers returns completed.',
    affectedFields: [
      'DATE_INT',
      'DATE_MATCH',
      'FOSTER_CARE',
      'NB_ADOPTR',
      'SEX_ADOPTR',
      'LS_ADOPTR',
      'IN_TOUCH',
      'ACTIV',
      'ACCOM',
    ],
    tables: ['OC3', 'AD1', 'Episodes'],
    validate: check,
  }),
];
