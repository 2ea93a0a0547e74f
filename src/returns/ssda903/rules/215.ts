// A child with care leaver (OC3) data must not have OC2 health and offending items completed.
import { childOf, childRows, present } from '../lib/shared-a.ts';
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

function check(ctx: Context903): Flags903 | undefined {
  const { OC3: oc3, OC2: oc2 } = ctx.tables;
  if (!oc3 || !oc2) return undefined;
  const oc2ByChild = childRows(ctx, 'OC2');
  const oc3Flags: number[] = [];
  const oc2Flags = new Set<number>();
  oc3.rows.forEach((r, i) => {
    const child = childOf(r);
    if (child === null || !OC3_FIELDS.some((f) => present(r, f))) return;
    const filled = (oc2ByChild.get(child) ?? []).filter((j) =>
      OC2_FIELDS.some((f) => present(oc2.rows[j], f)),
    );
    if (filled.length === 0) return;
    oc3Flags.push(i);
    for (const j of filled) oc2Flags.add(j);
  });
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
