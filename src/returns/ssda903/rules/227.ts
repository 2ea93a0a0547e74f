// An episode with an Ofsted URN must start before that provider's registration ended.
import type { DayNumber } from '../../../core/day.ts';
import { dmy, ymd } from '../../common/dates.ts';
import { type Cell, type Table, text } from '../../common/table.ts';
import { rowCount } from '../lib/frame.ts';
import { at, cell, col, dayCol, flagWhere } from '../lib/shared-b.ts';
import { type Context903, defineRule, memo } from '../rule.ts';

/** Provider registration end dates by URN (DD/MM/YYYY or YYYY-MM-DD; null when not given). */
function regEnds(ctx: Context903, info: Table): ReadonlyMap<string, (DayNumber | null)[]> {
  return memo(ctx, 'b:provider:regEnd', () => {
    const out = new Map<string, (DayNumber | null)[]>();
    for (const row of info.rows) {
      const urn = text(cell(row, 'URN'));
      if (urn === null) continue;
      const raw = cell(row, 'REG_END');
      const end = dmy(raw) ?? ymd(raw);
      const list = out.get(urn);
      if (list) list.push(end);
      else out.set(urn, [end]);
    }
    return out;
  });
}

/** The URN when it names an Ofsted provider (not missing, not 'XXXXXXX'). */
function ofstedUrn(v: Cell | undefined): string | null {
  const urn = text(v);
  return urn === null || urn === 'XXXXXXX' ? null : urn;
}

export const versions = [
  defineRule({
    code: '227',
    definedIn: 'lac2022_23',
    message: 'Ofsted Unique reference number (URN) is not valid for the episode start date.',
    affectedFields: ['URN', 'DECOM'],
    tables: ['Episodes'],
    validate(ctx) {
      const info = ctx.meta.providerInfo;
      if (!ctx.tables.Episodes || !info) return undefined;
      const ends = regEnds(ctx, info);
      const urns = col(ctx, 'Episodes', 'URN');
      const decom = dayCol(ctx, 'Episodes', 'DECOM');
      const flagged = flagWhere(rowCount(ctx, 'Episodes'), (i) => {
        const urn = ofstedUrn(urns[i]);
        const start = at(decom, i);
        if (urn === null || start === null) return false;
        return (ends.get(urn) ?? []).some((end) => end !== null && start >= end);
      });
      return { Episodes: flagged };
    },
  }),
];
