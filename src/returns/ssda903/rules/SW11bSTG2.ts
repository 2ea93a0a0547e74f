// A social worker episode that ended in the last 5 days before 31 March needs a following episode. Reported:
// the following episode when it has no start date; a child's only episode ending in that window; and a
// child's latest dated episode ending in that window (when the episode before it started before that end).
import { at, dayCol, swAscending } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW11bSTG2',
    definedIn: 'lac2023_24',
    message:
      'Social worker episode has ended before 31 March and no subsequent social worker episode has been ' +
      'provided.',
    affectedFields: ['SW_DEC'],
    tables: ['SWEpisodes'],
    validate(ctx) {
      if (!ctx.tables.SWEpisodes) return undefined;
      const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
      const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
      const end = ctx.meta.collectionEnd;
      const inWindow = (p: number): boolean => {
        const e = at(dec, p);
        return e !== null && e >= end - 5 && e <= end;
      };
      const out = new Set<number>();
      for (const ordered of swAscending(ctx)) {
        if (ordered.length === 1) {
          if (inWindow(ordered[0] as number)) out.add(ordered[0] as number);
          continue;
        }
        for (let k = 1; k < ordered.length; k++) {
          const p = ordered[k] as number;
          if (inWindow(ordered[k - 1] as number) && at(decom, p) === null) out.add(p);
        }
        // The last two dated episodes, found from the end (no filtered copy per child).
        let last: number | undefined;
        let before: number | undefined;
        for (let k = ordered.length - 1; k >= 0 && before === undefined; k--) {
          const p = ordered[k] as number;
          if (at(decom, p) === null) continue;
          if (last === undefined) last = p;
          else before = p;
        }
        if (last !== undefined && before !== undefined && inWindow(last)) {
          if ((at(decom, before) as number) < (at(dec, last) as number)) out.add(last);
        }
      }
      return { SWEpisodes: [...out].sort((a, b) => a - b) };
    },
  }),
];
