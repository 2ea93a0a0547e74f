// A child's latest social worker episode (by SW_DECOM) must still be open at 31 March (no SW_DEC).
import { column } from '../lib/frame.ts';
import { at, dayCol, mergeKeyOf } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW17STG2',
    definedIn: 'lac2025_26',
    message: 'There is no social worker episode open at 31 March',
    affectedFields: ['SW_DEC', 'SW_DECOM'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const dec = column(ctx, 'SWEpisodes', 'SW_DEC');
      const children = column(ctx, 'SWEpisodes', 'CHILD');
      const latest = new Map<string, number>();
      for (let i = 0; i < children.length; i++) {
        const k = mergeKeyOf(children[i]);
        const best = latest.get(k);
        const d = at(decom, i);
        if (best === undefined) latest.set(k, i);
        else if (d !== null) {
          const b = at(decom, best);
          if (b === null || d > b) latest.set(k, i);
        }
      }
      const out = [...latest.values()].filter((p) => (dec[p] ?? null) !== null);
      return { SWEpisodes: out.sort((a, b) => a - b) };
    },
  }),
];
