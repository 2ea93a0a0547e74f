// A child looked after continuously for 12 months (OC2 cohort) must not have AD1 or OC3 items.
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { continuouslyLookedAfter } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC3 || !ctx.tables.AD1 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const ad1Children = trimmedChildKeys(ctx, 'AD1');
  const oc3Children = trimmedChildKeys(ctx, 'OC3');
  const ad1 = AD1_FIELDS.map((f) => column(ctx, 'AD1', f));
  const oc3 = OC3_FIELDS.map((f) => column(ctx, 'OC3', f));
  return {
    AD1: flagWhere(
      rowCount(ctx, 'AD1'),
      (i) => isIn(ad1Children[i], cla) && ad1.some((c) => (c[i] ?? null) !== null),
    ),
    OC3: flagWhere(
      rowCount(ctx, 'OC3'),
      (i) => isIn(oc3Children[i], cla) && oc3.some((c) => (c[i] ?? null) !== null),
    ),
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
