// OC2 health and offending items must be blank for a child not looked after continuously for 12 months.
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { continuouslyLookedAfter } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const FIELDS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
];

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const children = trimmedChildKeys(ctx, 'OC2');
  const cols = FIELDS.map((f) => column(ctx, 'OC2', f));
  return {
    OC2: flagWhere(
      rowCount(ctx, 'OC2'),
      (i) => !isIn(children[i], cla) && cols.some((c) => (c[i] ?? null) !== null),
    ),
  };
}

export const versions = [
  defineRule({
    code: '190',
    definedIn: 'lac2022_23',
    message:
      'Child has not been looked after continuously for at least 12 months at 31 March but one or ' +
      'more data items relating to children looked after for 12 months have been completed.',
    affectedFields: [
      'CONVICTED',
      'HEALTH_CHECK',
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
      'INTERVENTION_RECEIVED',
      'INTERVENTION_OFFERED',
    ],
    tables: ['OC2', 'Episodes'],
    validate: check,
  }),
];
