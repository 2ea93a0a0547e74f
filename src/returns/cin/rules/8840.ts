import { dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8840',
    definedIn: 'cin2022_23',
    message: 'Child Protection Plan cannot start and end on the same day',
    affectedFields: ['CINTable.ChildProtectionPlans', 'CPPstartDate', 'CPPendDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildProtectionPlans?.rows.length;
      if (n === undefined) return undefined;
      const started = dates(ctx, 'ChildProtectionPlans', 'CPPstartDate');
      const ended = dates(ctx, 'ChildProtectionPlans', 'CPPendDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (started[i] != null && started[i] === ended[i]) {
          flags.add('ChildProtectionPlans', ['CPPstartDate', 'CPPendDate'], i);
        }
      }
      return flags.result();
    },
  }),
];
