// A child with care leaver (OC3) data must not have OC2 health and offending items completed.
import { type Column, column, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;
const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const OC2_FIELDS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
];

/** Whether any of the columns holds a value (an empty string counts) at row `i`. */
const anyGiven = (cols: readonly Column[], i: number) => cols.some((c) => (c[i] ?? null) !== null);

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC3 || !ctx.tables.OC2) return undefined;
  const oc2ByChild = childRows(ctx, 'OC2');
  const child = trimmedChildKeys(ctx, 'OC3');
  const oc3Items = OC3_FIELDS.map((f) => column(ctx, 'OC3', f));
  const oc2Items = OC2_FIELDS.map((f) => column(ctx, 'OC2', f));
  const n = rowCount(ctx, 'OC3');
  const oc3Flags: number[] = [];
  const oc2Flags = new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = child[i] ?? null;
    if (c === null || !anyGiven(oc3Items, i)) continue;
    const filled = (oc2ByChild.get(c) ?? []).filter((j) => anyGiven(oc2Items, j));
    if (filled.length === 0) continue;
    oc3Flags.push(i);
    for (const j of filled) oc2Flags.add(j);
  }
  return { OC3: oc3Flags, OC2: [...oc2Flags].sort(ascending) };
}

export const versions = [
  defineRule({
    code: '215',
    definedIn: 'lac2022_23',
    message:
      'Child has care leaver information but one or more data items relating to children looked after ' +
      'for 12 months have been completed.',
    affectedFields: [
      'IN_TOUCH',
      'ACTIV',
      'ACCOM',
      'CONVICTED',
      'HEALTH_CHECK',
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
      'INTERVENTION_RECEIVED',
      'INTERVENTION_OFFERED',
    ],
    tables: ['OC2', 'OC3'],
    validate: check,
  }),
];
