/**
 * Group-d helper for the DoLO placement rules (709, 710). Provides `doloPlacementClash`: the DoLOs with
 * both dates given that overlap an episode whose placement type fails a test, and those episodes.
 * An episode with no end date is still open. The placement type is read from PLACE, or from a column
 * named PLACEMENT when PLACE is absent (the name the DfE specification for these rules uses).
 */

import type { Context903, Flags903 } from '../rule.ts';
import { at, cell, childGroups, dayCol, present } from './shared-d.ts';

export function doloPlacementClash(
  ctx: Context903,
  clashes: (placement: string | null) => boolean,
): Flags903 | undefined {
  const { DoLo: dolo, Episodes: episodes } = ctx.tables;
  if (!dolo || !episodes) return undefined;
  const start = dayCol(ctx, 'DoLo', 'DOLO_START');
  const end = dayCol(ctx, 'DoLo', 'DOLO_END');
  const decom = dayCol(ctx, 'Episodes', 'DECOM');
  const dec = dayCol(ctx, 'Episodes', 'DEC');
  const eps = childGroups(ctx, 'Episodes');
  const doloFlags = new Set<number>();
  const epFlags = new Set<number>();
  dolo.rows.forEach((row, i) => {
    if (!present(row, 'DOLO_START') || !present(row, 'DOLO_END')) return;
    const s = at(start, i);
    const e = at(end, i);
    const child = cell(row, 'CHILD');
    if (s === null || e === null || child === null) return;
    for (const p of eps.get(child) ?? []) {
      const epStart = at(decom, p);
      const epEnd = at(dec, p);
      if (epStart === null || e < epStart || (epEnd !== null && s > epEnd)) continue;
      const ep = episodes.rows[p];
      if (clashes(cell(ep, 'PLACE') ?? cell(ep, 'PLACEMENT'))) {
        doloFlags.add(i);
        epFlags.add(p);
      }
    }
  });
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { DoLo: sorted(doloFlags), Episodes: sorted(epFlags) };
}
