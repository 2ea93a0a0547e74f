// An open CIN episode that led to further action must be the child's latest referral; each open
// episode that is not, and the latest episode itself, are flagged.
import { col, dates, Flags, groups, isNo } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8816',
    definedIn: 'cin2022_23',
    message:
      'An open CIN episode is shown and case is not a referral with no further action, but it is not the ' +
      'latest episode.',
    affectedFields: ['CINreferralDate', 'ReferralNFA'],
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
        // The latest episode is the first row (in file order) with the latest referral date. When two
        // episodes share that date the DfE text would accept either as "the latest"; the sector's
        // validator treats only the first as latest and flags the other, and its recorded case
        // (two open episodes referred the same day) requires that.
        let latest = -1;
        let latestDate = Number.NEGATIVE_INFINITY;
        for (const i of rows) {
          const r = referred[i];
          if (r != null && r > latestDate) {
            latest = i;
            latestDate = r;
          }
        }
        if (latest < 0) continue;
        for (const i of rows) {
          if (i === latest || referred[i] == null) continue;
          if (closed[i] == null && isNo(nfa[i])) {
            flags.add('CINdetails', 'CINreferralDate', i);
            flags.add('CINdetails', 'CINreferralDate', latest);
          }
        }
      }
      return flags.result();
    },
  }),
];
