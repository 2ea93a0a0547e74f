// A temporary placement (T0-T4) must not have a reason for placement change, and neither may the
// episode just before it (the change into a temporary placement needs no reason).
import { rowCount } from '../lib/frame.ts';
import { col, eachEpisodePair, flagWhere, isIn, positions, present, TEMPORARY } from '../lib/shared-b.ts';
import { type Context903, defineRule, type Flags903 } from '../rule.ts';

function temporaryWithReason(ctx: Context903): Flags903 | undefined {
  if (!ctx.tables.Episodes) return undefined;
  const place = col(ctx, 'Episodes', 'PLACE');
  const reason = col(ctx, 'Episodes', 'REASON_PLACE_CHANGE');
  const flagged = flagWhere(
    rowCount(ctx, 'Episodes'),
    (i) => isIn(place[i], TEMPORARY) && present(reason[i]),
  );
  eachEpisodePair(ctx, (prev, cur) => {
    if (isIn(place[cur], TEMPORARY) && present(reason[prev])) flagged.push(cur);
  });
  return { Episodes: positions(flagged) };
}

export const versions = [
  defineRule({
    code: '226',
    definedIn: 'lac2022_23',
    message: 'Reason for placement change is not required.',
    affectedFields: ['REASON_PLACE_CHANGE', 'PLACE'],
    tables: ['Episodes'],
    validate: temporaryWithReason,
  }),
  defineRule({
    code: '226',
    definedIn: 'lac2025_26',
    message: 'Reason for placement change is not required for temporary placements.',
    affectedFields: ['REASON_PLACE_CHANGE', 'PLACE'],
    tables: ['Episodes'],
    validate: temporaryWithReason,
  }),
];
