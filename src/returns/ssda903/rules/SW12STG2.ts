// Each episode that starts care (RNE = 'S') or does not continue into another (REC other than X1, or
// blank), other than a V3/V4 short break, needs a social worker episode for the child: one starting on or
// after the care episode started (when it starts care), or on or before it ended (31 March while it is
// still open). From 2024/25 only episodes still open or ending from 1 April of the previous year are checked.
import { plusYears } from '../../common/dates.ts';
import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { at, childGroups, dayCol, V3_V4 } from '../lib/shared-d.ts';
import { type Context903, defineRule } from '../rule.ts';

const MESSAGE =
  'If a child is looked after on 31 March then all social worker episodes for the full previous year ' +
  'should be reported, even those whilst they were not looked after';

function missingSocialWorker(ctx: Context903, windowed: boolean) {
  if (!ctx.tables.SWEpisodes || !ctx.tables.Episodes) return undefined;
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  // A child's earliest and latest social worker episode start, worked out when an episode asks.
  const swStart = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
  const swGroups = childGroups(ctx, 'SWEpisodes');
  const swRange = (child: string): [number, number] | undefined => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const p of swGroups.get(child) ?? []) {
      const d = at(swStart, p);
      if (d === null) continue;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    return lo <= hi ? [lo, hi] : undefined;
  };
  const from = plusYears(ctx.meta.collectionStart, -1);
  const ls = column(ctx, 'Episodes', 'LS');
  const rne = column(ctx, 'Episodes', 'RNE');
  const rec = column(ctx, 'Episodes', 'REC');
  const children = column(ctx, 'Episodes', 'CHILD');
  return {
    Episodes: flagWhere(rowCount(ctx, 'Episodes'), (i) => {
      const s = at(decom, i);
      const e = at(dec, i);
      if (windowed && e !== null && (e < from || e > ctx.meta.collectionEnd)) return false;
      if (isIn(ls[i], V3_V4)) return false;
      const starts = rne[i] === 'S';
      const ends = rec[i] !== 'X1';
      if (!starts && !ends) return false;
      const child = children[i] ?? null;
      const range = child === null ? undefined : swRange(child);
      if (!range) return true;
      const [first, last] = range;
      return !((ends && first <= (e ?? ctx.meta.collectionEnd)) || (starts && s !== null && last >= s));
    }),
  };
}

export const versions = [
  defineRule({
    code: 'SW12STG2',
    definedIn: 'lac2023_24',
    message: MESSAGE,
    affectedFields: ['SW_DECOM'],
    tables: ['SWEpisodes', 'Episodes'],
    validate: (ctx) => missingSocialWorker(ctx, false),
  }),
  defineRule({
    code: 'SW12STG2',
    definedIn: 'lac2024_25',
    message: MESSAGE,
    affectedFields: ['SW_DECOM'],
    tables: ['SWEpisodes', 'Episodes'],
    validate: (ctx) => missingSocialWorker(ctx, true),
  }),
];
