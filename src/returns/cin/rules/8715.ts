import { dates, Flags, inCensusYear } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8715',
    definedIn: 'cin2022_23',
    message: 'Date of Initial Child Protection Conference must fall within the census year',
    affectedFields: ['DateOfInitialCPC', 'ReferenceDate'],
    module: 'Section47',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Section47?.rows.length;
      if (n === undefined) return undefined;
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const held = icpc[i];
        if (held != null && !inCensusYear(ctx.meta, held)) flags.add('Section47', 'DateOfInitialCPC', i);
      }
      return flags.result();
    },
  }),
];
