// Every social worker episode but a child's latest (by SW_DECOM) must have an end date.
import { at, childGroups, dayCol } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW08STG2',
    definedIn: 'lac2023_24',
    message: 'A new social worker episode has started, but the previous episode has not ended.',
    affectedFields: ['SW_DEC'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
      const out: number[] = [];
      for (const positions of childGroups(ctx, 'SWEpisodes').values()) {
        if (positions.length < 2) continue;
        // The latest dated episode (ties: the last in row order) may be open; no other dated one may.
        let latest: number | null = null;
        for (const p of positions) {
          const d = at(decom, p);
          if (d !== null && (latest === null || d >= (at(decom, latest) as number))) latest = p;
        }
        for (const p of positions)
          if (p !== latest && at(decom, p) !== null && at(dec, p) === null) out.push(p);
      }
      return { SWEpisodes: out.sort((a, b) => a - b) };
    },
  }),
];
