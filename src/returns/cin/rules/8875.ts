import { dates, Flags, isWeekend } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8875',
    definedIn: 'cin2022_23',
    message: 'The Date of Initial Child Protection Conference cannot be a weekend',
    affectedFields: ['DateOfInitialCPC'],
    module: 'Section47',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Section47?.rows.length;
      if (n === undefined) return undefined;
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const held = icpc[i];
        if (held != null && isWeekend(held)) flags.add('Section47', 'DateOfInitialCPC', i);
      }
      return flags.result();
    },
  }),
];
