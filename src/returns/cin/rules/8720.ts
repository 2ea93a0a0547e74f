// Every child protection plan needs a start date on or before the reference date. Plans that began
// in earlier years and are still open belong in the return, so an early start date is not flagged.
import { col, dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8720',
    definedIn: 'cin2022_23',
    message: 'Child Protection Plan Start Date missing or out of data collection period',
    affectedFields: ['CPPstartDate', 'ReferenceDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildProtectionPlans?.rows.length;
      if (n === undefined) return undefined;
      const started = dates(ctx, 'ChildProtectionPlans', 'CPPstartDate');
      const planId = col(ctx, 'ChildProtectionPlans', 'CPPID');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const start = started[i];
        // The ingress numbers every plan (CPPID 1, 2, ...); a row without a CPPID is not a plan
        // (the sector's recorded case has such a filler row and does not flag it).
        const missing = start == null && planId[i] != null;
        if (missing || (start != null && start > ctx.meta.referenceDate)) {
          flags.add('ChildProtectionPlans', 'CPPstartDate', i);
        }
      }
      return flags.result();
    },
  }),
];
