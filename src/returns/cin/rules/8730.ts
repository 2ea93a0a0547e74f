// Every child protection plan must give the number of previous plans: a whole number, 0 or more.
import { col, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8730',
    definedIn: 'cin2022_23',
    message: 'Total Number of previous Child Protection Plans missing',
    affectedFields: ['NumberOfPreviousCPP'],
    module: 'ChildProtectionPlans',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.ChildProtectionPlans?.rows.length;
      if (n === undefined) return undefined;
      const previous = col(ctx, 'ChildProtectionPlans', 'NumberOfPreviousCPP');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const v = previous[i];
        const count = v == null ? Number.NaN : Number(v);
        if (!Number.isInteger(count) || count < 0)
          flags.add('ChildProtectionPlans', 'NumberOfPreviousCPP', i);
      }
      return flags.result();
    },
  }),
];
