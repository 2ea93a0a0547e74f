// A child looked after for 12 months needs OC2's four core items (first episode flagged if no OC2 row).
import { column, flagWhere, isIn, rowCount, trimmedChildKeys } from '../lib/frame.ts';
import { childRows, continuouslyLookedAfter, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const CORE = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.OC2 || !ctx.tables.Episodes) return undefined;
  const cla = continuouslyLookedAfter(ctx);
  const children = trimmedChildKeys(ctx, 'OC2');
  const oc2Children = childRows(ctx, 'OC2');
  const core = CORE.map((f) => column(ctx, 'OC2', f));
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const episodes: number[] = [];
  childRows(ctx, 'Episodes').forEach((positions, child) => {
    if (!cla.has(child) || oc2Children.has(child)) return;
    let first = -1;
    let firstDay = Number.POSITIVE_INFINITY;
    for (const i of positions) {
      const d = decom[i] ?? null;
      if (d !== null && d < firstDay) {
        first = i;
        firstDay = d;
      }
    }
    if (first >= 0) episodes.push(first);
  });
  return {
    OC2: flagWhere(
      rowCount(ctx, 'OC2'),
      (i) => isIn(children[i], cla) && core.some((c) => (c[i] ?? null) === null),
    ),
    Episodes: episodes.sort((a, b) => a - b),
  };
}

export const versions = [
  defineRule({
    code: '191',
    definedIn: 'lac2022_23',
    message:
      'Child has been looked after continuously for at least 12 months at 31 March but one or more ' +
      'data items relating to children looked after for 12 months have been left blank.',
    affectedFields: ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'CHILD'],
    tables: ['OC2', 'Episodes'],
    validate: check,
  }),
];
