// A child placed for adoption (A3-A6) or under an order who left care other than by adoption must
// have a PlacedAdoption record with both DATE_PLACED_CEASED and REASON_PLACED_CEASED.

import { column, flagWhere, isIn, rowCount } from '../lib/frame.ts';
import { childOf, PLACED_FOR_ADOPTION, rowsByChild, rowsOf } from '../lib/shared-c.ts';
import type { Context903, Flags903 } from '../rule.ts';
import { defineRule } from '../rule.ts';

const ADOPTED_OR_CONTINUING: ReadonlySet<string> = new Set(['E11', 'E12', 'X1']);
const ORDERS_2023: ReadonlySet<string> = new Set(['D1', 'E1']);
const ORDERS_2025: ReadonlySet<string> = new Set(['E1']);

function leftWithoutCeasedDecision(ctx: Context903, orders: ReadonlySet<string>): Flags903 | undefined {
  if (!ctx.tables.Episodes || !ctx.tables.PlacedAdoption) return undefined;
  const place = column(ctx, 'Episodes', 'PLACE');
  const ls = column(ctx, 'Episodes', 'LS');
  const rec = column(ctx, 'Episodes', 'REC');
  const dateCeased = column(ctx, 'PlacedAdoption', 'DATE_PLACED_CEASED');
  const reasonCeased = column(ctx, 'PlacedAdoption', 'REASON_PLACED_CEASED');
  const childOfEpisode = childOf(ctx, 'Episodes');
  const paByChild = rowsByChild(ctx, 'PlacedAdoption');
  const incomplete = (j: number) => (dateCeased[j] ?? null) === null || (reasonCeased[j] ?? null) === null;
  const decisions = new Set<number>();
  const episodes = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
    if (!isIn(place[i], PLACED_FOR_ADOPTION) && !isIn(ls[i], orders)) return false;
    if ((rec[i] ?? null) === null || isIn(rec[i], ADOPTED_OR_CONTINUING)) return false;
    const records = rowsOf(paByChild, childOfEpisode[i]);
    if (records.length === 0) return true;
    const open = records.filter(incomplete);
    for (const j of open) decisions.add(j);
    return open.length > 0;
  });
  return { Episodes: episodes, PlacedAdoption: [...decisions].sort((a, b) => a - b) };
}

export const versions = [
  defineRule({
    code: '557',
    definedIn: 'lac2022_23',
    message:
      'Child for whom the decision was made that they should be placed for adoption has left care but was ' +
      'not adopted and information on the decision that they should no longer be placed for adoption ' +
      'items has not been completed.',
    affectedFields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED', 'PLACE', 'LS', 'REC'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate: (ctx) => leftWithoutCeasedDecision(ctx, ORDERS_2023),
  }),
  defineRule({
    code: '557',
    definedIn: 'lac2024_25',
    message:
      'Child for whom the decision was made that they should be placed for adoption has left care but was ' +
      'not adopted and information on the decision that they should no longer be placed for adoption ' +
      'items has not been completed.',
    affectedFields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED', 'PLACE', 'LS', 'REC'],
    tables: ['Episodes', 'PlacedAdoption'],
    validate: (ctx) => leftWithoutCeasedDecision(ctx, ORDERS_2025),
  }),
];
