// Only a child's latest social worker episode (by SW_DECOM) may be without a valid end date.
import { column } from '../lib/frame.ts';
import { at, dayCol, mergeKeyOf } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW14STG2',
    definedIn: 'lac2023_24',
    message: 'Social worker episode date ceased is blank.',
    affectedFields: ['SW_DEC'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
      // Episodes by child, those without a CHILD together (as a pandas groupby on the merge key).
      const children = column(ctx, 'SWEpisodes', 'CHILD');
      const byChild = new Map<string, number[]>();
      for (let i = 0; i < children.length; i++) {
        const k = mergeKeyOf(children[i]);
        const list = byChild.get(k);
        if (list) list.push(i);
        else byChild.set(k, [i]);
      }
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
