// Each review of a child protection plan must be after the plan's start date.
import { dates, Flags, groups, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8841',
    definedIn: 'cin2022_23',
    message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
    affectedFields: ['CPPstartDate', 'CPPreviewDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Reviews?.rows.length;
      if (!ctx.tables.ChildProtectionPlans || n === undefined) return undefined;
      const plans = groups(ctx, 'ChildProtectionPlans', 'plan');
      const started = dates(ctx, 'ChildProtectionPlans', 'CPPstartDate');
      const plan = ids(ctx, 'Reviews', 'plan');
      const reviewed = dates(ctx, 'Reviews', 'CPPreviewDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const r = reviewed[i];
        if (r == null) continue;
        for (const p of plans[plan[i]!] ?? []) {
          const s = started[p];
          if (s != null && r <= s) {
            flags.add('ChildProtectionPlans', 'CPPstartDate', p);
            flags.add('Reviews', 'CPPreviewDate', i);
          }
        }
      }
      return flags.result();
    },
  }),
];
