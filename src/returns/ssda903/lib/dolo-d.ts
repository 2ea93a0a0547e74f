/**
 * Group-d helper for the DoLO placement rules (709, 710). Provides `doloPlacementClash`: the DoLOs with
 * both dates given that overlap an episode whose placement type fails a test, and those episodes.
 * An episode with no end date is still open. The placement type is read from PLACE, or from a column
 * named PLACEMENT when PLACE is absent (the name the DfE specification for these rules uses).
 */

import type { Context903, Flags903 } from '../rule.ts';
import { column, rowCount } from './frame.ts';
import { at, childGroups, dayCol } from './shared-d.ts';

export function doloPlacementClash(
  ctx: Context903,
  clashes: (placement: string | null) => boolean,
): Flags903 | undefined {
  if (!ctx.tables.DoLo || !ctx.tables.Episodes) return undefined;
  const rawStart = column(ctx, 'DoLo', 'DOLO_START');
  const rawEnd = column(ctx, 'DoLo', 'DOLO_END');
  const children = column(ctx, 'DoLo', 'CHILD');
  const place = column(ctx, 'Episodes', 'PLACE');
  const placement = column(ctx, 'Episodes', 'PLACEMENT');
  const start = dayCol(ctx, 'DoLo', 'DOLO_START');
  const end = dayCol(ctx, 'DoLo', 'DOLO_END');
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const eps = childGroups(ctx, 'Episodes');
  const doloFlags = new Set<number>();
  const epFlags = new Set<number>();
  const n = rowCount(ctx, 'DoLo');
  for (let i = 0; i < n; i++) {
    if ((rawStart[i] ?? null) === null || (rawEnd[i] ?? null) === null) continue;
    const s = at(start, i);
    const e = at(end, i);
    const child = children[i] ?? null;
    if (s === null || e === null || child === null) continue;
    for (const p of eps.get(child) ?? []) {
      const epStart = at(decom, p);
      const epEnd = at(dec, p);
      if (epStart === null || e < epStart || (epEnd !== null && s > epEnd)) continue;
      if (clashes(place[p] ?? placement[p] ?? null)) {
        doloFlags.add(i);
        epFlags.add(p);
      }
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { DoLo: sorted(doloFlags), Episodes: sorted(epFlags) };
}
