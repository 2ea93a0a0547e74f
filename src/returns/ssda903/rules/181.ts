// Each OC2 health and offending item, when given, must be 0 or 1.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
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
  if (!ctx.tables.OC2) return undefined;
  const cols = FIELDS.map((f) => column(ctx, 'OC2', f));
  return {
    OC2: flagWhere(rowCount(ctx, 'OC2'), (i) =>
      cols.some((c) => {
        const v = c[i] ?? null;
        return v !== null && v !== '0' && v !== '1';
      }),
    ),
  };
}

export const versions = [
  defineRule({
    code: '181',
    definedIn: 'lac2022_23',
    message:
      'Data items relating to children looked after continuously for 12 months should be completed ' +
      'with a 0 or 1.',
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
    tables: ['OC2'],
    validate: check,
  }),
];
