// DATE_PLACED_CEASED must not be before 1 April nor before the child's first episode (LS not V3/V4).
import { column, isIn } from '../lib/frame.ts';
import { childRows, dayCol } from '../lib/shared-a.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

const ascending = (a: number, b: number) => a - b;
const SHORT_BREAK = new Set(['V3', 'V4']);

function check(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const ls = column(ctx, 'Episodes', 'LS');
  const ceased = dayCol(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
  const paByChild = childRows(ctx, 'PlacedAdoption');
  const start = ctx.meta.collectionStart;
  const epFlags: number[] = [];
  const paFlags = new Set<number>();
  childRows(ctx, 'Episodes').forEach((positions, child) => {
    const decisions = paByChild.get(child);
    if (!decisions) return;
    let first = -1;
    let firstStart = Number.POSITIVE_INFINITY;
    for (const i of positions) {
      const s = decom[i] ?? null;
      if (s === null || isIn(ls[i], SHORT_BREAK)) continue;
      if (s < firstStart) {
        first = i;
        firstStart = s;
      }
    }
    if (first < 0) return;
    let flagged = false;
    for (const j of decisions) {
      const c = ceased[j] ?? null;
      if (c !== null && (c < firstStart || c < start)) {
        paFlags.add(j);
        flagged = true;
      }
    }
    if (flagged) epFlags.push(first);
  });
  return { Episodes: epFlags.sort(ascending), PlacedAdoption: [...paFlags].sort(ascending) };
}

export const versions = [
  defineRule({
    code: '118',
    definedIn: 'lac2022_23',
    message:
      'Date of decision that a child should no longer be placed for adoption is before the current ' +
      'collection year or before the date the child started to be looked after.',
    affectedFields: ['DECOM', 'DECOM', 'LS'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate: check,
  }),
];
