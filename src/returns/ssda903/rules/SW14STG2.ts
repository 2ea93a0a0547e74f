// Only a child's latest social worker episode (by SW_DECOM) may be without a valid end date.
import { at, dayCol, mergeKey } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW14STG2',
    definedIn: 'lac2023_24',
    message: 'Social worker episode date ceased is blank.',
    affectedFields: ['SW_DEC'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      const t = ctx.tables.SWEpisodes;
      if (!t) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
      const byChild = new Map<string, number[]>();
      t.rows.forEach((row, i) => {
        const k = mergeKey(row);
        const list = byChild.get(k);
        if (list) list.push(i);
        else byChild.set(k, [i]);
      });
      const out: number[] = [];
      for (const positions of byChild.values()) {
        if (positions.length < 2) continue;
        // The latest episode: the last one without a start date if any (they sort last), else the one
        // that started last (ties: the last in row order).
        let latest = positions[0] as number;
        for (const p of positions) {
          const d = at(decom, p);
          const best = at(decom, latest);
          if (d === null || (best !== null && d >= best)) latest = p;
        }
        for (const p of positions) if (p !== latest && at(dec, p) === null) out.push(p);
      }
      return { SWEpisodes: out.sort((a, b) => a - b) };
    },
  }),
];
