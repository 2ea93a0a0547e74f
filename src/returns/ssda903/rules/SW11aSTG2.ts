// Taking a child's social worker episodes in order of SW_DECOM, an episode that ended more than 5 days
// before 31 March must be followed by one starting within 5 days of that end; the following episode is
// reported when it has no start date or starts outside that window.
import { at, dayCol, swAscending } from '../lib/shared-d.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: 'SW11aSTG2',
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
      const cutoff = ctx.meta.collectionEnd - 5;
      const out: number[] = [];
      for (const ordered of swAscending(ctx)) {
        for (let k = 1; k < ordered.length; k++) {
          const prevEnd = at(dec, ordered[k - 1] as number);
          if (prevEnd === null || prevEnd > cutoff) continue;
          const p = ordered[k] as number;
          const start = at(decom, p);
          if (start === null || start < prevEnd - 5 || start > prevEnd + 5) out.push(p);
        }
      }
      return { SWEpisodes: out.sort((a, b) => a - b) };
    },
  }),
];
