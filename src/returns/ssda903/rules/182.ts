// If any of CONVICTED, HEALTH_CHECK or the intervention items is given, the four core OC2 items must be too.
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const CORE = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];
const OTHER = ['CONVICTED', 'HEALTH_CHECK', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'];

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2) return undefined;
  const core = CORE.map((f) => column(ctx, 'OC2', f));
  const other = OTHER.map((f) => column(ctx, 'OC2', f));
  return {
    OC2: flagWhere(
      rowCount(ctx, 'OC2'),
      (i) => core.some((c) => (c[i] ?? null) === null) && other.some((c) => (c[i] ?? null) !== null),
    ),
  };
}

export const versions = [
  defineRule({
    code: '182',
    definedIn: 'lac2022_23',
    message:
      'Data entries on immunisations, teeth checks, health assessments and substance misuse problem ' +
      'identified should be completed or all OC2 fields should be left blank.',
    affectedFields: [
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
      'CONVICTED',
      'HEALTH_CHECK',
      'INTERVENTION_RECEIVED',
      'INTERVENTION_OFFERED',
    ],
    tables: ['OC2'],
    validate: check,
  }),
];
