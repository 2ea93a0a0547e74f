// A child with OC3 (care leaver) data must not also have AD1 (adoption) data.
import { column, flagWhere, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC3 || !ctx.tables.AD1) return undefined;
  const oc3Cols = OC3_FIELDS.map((f) => column(ctx, 'OC3', f));
  const ad1Cols = AD1_FIELDS.map((f) => column(ctx, 'AD1', f));
  const oc3ByChild = childRows(ctx, 'OC3');
  const children = trimmedChildKeys(ctx, 'AD1');
  const hasOc3Data = (child: string | null) =>
    child !== null && (oc3ByChild.get(child) ?? []).some((j) => oc3Cols.some((c) => (c[j] ?? null) !== null));
  return {
    AD1: flagWhere(
      rowCount(ctx, 'AD1'),
      (i) => ad1Cols.some((c) => (c[i] ?? null) !== null) && hasOc3Data(children[i] ?? null),
    ),
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
