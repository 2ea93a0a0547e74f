import { dates, Flags, inCensusYear } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8930',
    definedIn: 'cin2022_23',
    message: 'Child Protection Plan End Date must fall within the census year',
    affectedFields: ['CPPendDate', 'ReferenceDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildProtectionPlans?.rows.length;
      if (n === undefined) return undefined;
      const ended = dates(ctx, 'ChildProtectionPlans', 'CPPendDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const e = ended[i];
        if (e != null && !inCensusYear(ctx.meta, e)) flags.add('ChildProtectionPlans', 'CPPendDate', i);
      }
      return flags.result();
    },
  }),
];
