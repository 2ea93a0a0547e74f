// Taking a child's social worker episodes in order of SW_DECOM (then SW_DEC), each must start within 7 days
// of the previous one's SW_DEC; after an episode with no end date, a new one is reported. From 2024/25 an
// episode whose reason is FCONTA (a family contact change) is exempt.
import type { DayNumber } from '../../../core/day.ts';
import { column } from '../lib/frame.ts';
import { at, childGroups, dayCol } from '../lib/shared-d.ts';
import { type Context903, defineRule } from '../rule.ts';

const MESSAGE =
  'A new social worker episode has started before the end date of the previous social worker episode.';

function overlaps(ctx: Context903, exemptFcontact: boolean) {
  if (!ctx.tables.SWEpisodes) return undefined;
  const decom = dayCol(ctx, 'SWEpisodes', 'SW_DECOM');
  const dec = dayCol(ctx, 'SWEpisodes', 'SW_DEC');
  const reason = column(ctx, 'SWEpisodes', 'SW_REASON');
  const key = (d: DayNumber | null): number => (d === null ? Number.POSITIVE_INFINITY : d);
  const out: number[] = [];
  for (const positions of childGroups(ctx, 'SWEpisodes').values()) {
    // A lone episode has nothing to follow; most children have one, so skip the sort for them.
    if (positions.length < 2) continue;
    const ordered = positions
      .filter((p) => at(decom, p) !== null)
      .sort((a, b) => key(at(decom, a)) - key(at(decom, b)) || key(at(dec, a)) - key(at(dec, b)) || a - b);
    for (let k = 1; k < ordered.length; k++) {
      const p = ordered[k] as number;
      if (exemptFcontact && reason[p] === 'FCONTA') continue;
      const start = at(decom, p) as number;
      const prevEnd = at(dec, ordered[k - 1] as number);
      if (prevEnd === null || start < prevEnd - 7 || start > prevEnd + 7) out.push(p);
    }
  }
  return { SWEpisodes: out.sort((a, b) => a - b) };
}

export const versions = [
  defineRule({
    code: 'SW10STG2',
    definedIn: 'lac2023_24',
    message: MESSAGE,
    affectedFields: ['SW_DECOM'],
    tables: ['SWEpisodes'],
    validate: (ctx) => overlaps(ctx, false),
  }),
  defineRule({
    code: 'SW10STG2',
    definedIn: 'lac2024_25',
    message: MESSAGE,
    affectedFields: ['SW_DECOM'],
    tables: ['SWEpisodes'],
    validate: (ctx) => overlaps(ctx, true),
  }),
];
