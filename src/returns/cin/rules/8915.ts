// A child protection plan must not start after the date of death recorded for the child.
import { dates, Flags, groups, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8915',
    definedIn: 'cin2022_23',
    message: 'Child Protection Plan shown as starting after the child’s Date of Death',
    affectedFields: ['CPPstartDate', 'PersonDeathDate'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildProtectionPlans?.rows.length;
      if (n === undefined || !ctx.tables.ChildIdentifiers) return undefined;
      const died = dates(ctx, 'ChildIdentifiers', 'PersonDeathDate');
      const children = groups(ctx, 'ChildIdentifiers', 'child');
      const planDate = dates(ctx, 'ChildProtectionPlans', 'CPPstartDate');
      const child = ids(ctx, 'ChildProtectionPlans', 'child');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const d = planDate[i];
        if (d == null) continue;
        for (const c of children[child[i]!] ?? []) {
          const death = died[c];
          if (death != null && d > death) {
            flags.add('ChildProtectionPlans', 'CPPstartDate', i);
            flags.add('ChildIdentifiers', 'PersonDeathDate', c);
          }
        }
      }
      return flags.result();
    },
  }),
];
