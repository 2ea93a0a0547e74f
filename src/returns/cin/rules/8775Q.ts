// Queries a child born more than 25 years before the reference date who has a CIN episode still
// open, or closed after their 25th birthday.
import { plusYears } from '../../common/dates.ts';
import { dates, Flags, groups, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8775Q',
    definedIn: 'cin2022_23',
    message: 'Please check and either amend data or provide a reason: Child is over 25 years old',
    affectedFields: ['PersonBirthDate', 'CINclosureDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate(ctx) {
      const n = ctx.tables.ChildIdentifiers?.rows.length;
      if (n === undefined || !ctx.tables.CINdetails) return undefined;
      const cutoff = plusYears(ctx.meta.referenceDate, -25);
      const born = dates(ctx, 'ChildIdentifiers', 'PersonBirthDate');
      const child = ids(ctx, 'ChildIdentifiers', 'child');
      const episodes = groups(ctx, 'CINdetails', 'child');
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const b = born[i];
        if (b == null || b >= cutoff) continue;
        const turned25 = plusYears(b, 25);
        for (const e of episodes[child[i]!] ?? []) {
          const c = closed[e];
          if (c == null || c > turned25) {
            flags.add('ChildIdentifiers', 'PersonBirthDate', i);
            flags.add('CINdetails', 'CINclosureDate', e);
          }
        }
      }
      return flags.result();
    },
  }),
];
