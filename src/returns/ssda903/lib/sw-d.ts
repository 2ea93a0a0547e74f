/**
 * Group-d helper for SW16a/b/cSTG2. Provides `sameAsOpenLastYear`: where a child's latest social worker
 * episode last year (by SW_DECOM) had no end date, this year's first episode (by SW_DECOM, missing dates
 * last) must have the same value in one column (dates compared as dates; nothing to compare when last
 * year's value was blank, as a reason for change is only known once the episode ends); the first
 * episodes that differ.
 */
import { dmy } from '../../common/dates.ts';
import type { Context903, Flags903 } from '../rule.ts';
import { column } from './frame.ts';
import { at, childGroups, dayCol } from './shared-d.ts';

export function sameAsOpenLastYear(ctx: Context903, col: string): Flags903 | undefined {
  if (!ctx.tables.SWEpisodes || !ctx.tables.SWEpisodes_last) return undefined;
  const lastDecom = dayCol(ctx, 'SWEpisodes_last', 'SW_DECOM');
  const read = (v: string | null): string | null => {
    if (col !== 'SW_DECOM' || v === null) return v;
    const d = dmy(v);
    return d === null ? v : String(d);
  };
  const lastDec = column(ctx, 'SWEpisodes_last', 'SW_DEC');
  const lastValue = column(ctx, 'SWEpisodes_last', col);
  const nowDecom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
  const nowValue = column(ctx, 'SWEpisodes', col);
  const nowByChild = childGroups(ctx, 'SWEpisodes');
  const out: number[] = [];
  childGroups(ctx, 'SWEpisodes_last').forEach((positions, child) => {
    // Last year's latest by SW_DECOM (ties: the first in row order; with no dates, the first row).
    let latest = positions[0] as number;
    for (const p of positions) {
      const d = at(lastDecom, p);
      const best = at(lastDecom, latest);
      if (d !== null && (best === null || d > best)) latest = p;
    }
    if ((lastDec[latest] ?? null) !== null) return;
    const before = read(lastValue[latest] ?? null);
    if (before === null) return;
    // This year's first by SW_DECOM (missing dates last, ties in row order).
    const mine = nowByChild.get(child);
    if (!mine) return;
    let first = mine[0] as number;
    for (const p of mine) {
      const d = at(nowDecom, p);
      const best = at(nowDecom, first);
      if (d !== null && (best === null || d < best)) first = p;
    }
    if (read(nowValue[first] ?? null) !== before) out.push(first);
  });
  return { SWEpisodes: out.sort((a, b) => a - b) };
}
