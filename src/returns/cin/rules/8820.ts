// A child's CIN episodes must not overlap: no referral date may fall on or after another episode's
// referral date and before its closure date (or before the reference date when that episode is
// open and led to further action). An episode may start on the day another closes.
import { col, dates, Flags, groups, isNo } from '../lib/derived.ts';
import { overlaps, type Span } from '../lib/rows-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8820',
    definedIn: 'cin2022_23',
    message: 'The dates on the CIN episodes for this child overlap',
    affectedFields: ['CINreferralDate', 'CINclosureDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.CINdetails) return undefined;
      const referred = dates(ctx, 'CINdetails', 'CINreferralDate');
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const nfa = col(ctx, 'CINdetails', 'ReferralNFA');
      const flags = new Flags();
      for (const rows of groups(ctx, 'CINdetails', 'child')) {
        if (!rows || rows.length < 2) continue;
        const spans: Span[] = [];
        for (const i of rows) {
          const start = referred[i];
          if (start == null) continue;
          const end = closed[i] ?? (isNo(nfa[i]) ? ctx.meta.referenceDate : null);
          spans.push({ row: i, start, end });
        }
        const { hosts, guests } = overlaps(spans, false);
        for (const i of guests) flags.add('CINdetails', 'CINreferralDate', i);
        for (const i of hosts) flags.add('CINdetails', ['CINreferralDate', 'CINclosureDate'], i);
      }
      return flags.result();
    },
  }),
];
