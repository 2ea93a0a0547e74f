import { CATEGORIES_OF_ABUSE } from '../lib/codes.ts';
import { col, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8910',
    definedIn: 'cin2022_23',
    message:
      'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code ' +
      'set)',
    affectedFields: ['LatestCategoryOfAbuse'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildProtectionPlans?.rows.length;
      if (n === undefined) return undefined;
      const category = col(ctx, 'ChildProtectionPlans', 'LatestCategoryOfAbuse');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const c = category[i];
        if (c == null || !CATEGORIES_OF_ABUSE.has(c.toUpperCase()))
          flags.add('ChildProtectionPlans', 'LatestCategoryOfAbuse', i);
      }
      return flags.result();
    },
  }),
];
