// Queries a child protection plan review with no (valid) review date.
import { dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8842Q',
    definedIn: 'cin2022_23',
    message: 'Please check and either amend or provide a reason: Review Record has a missing date',
    affectedFields: ['CPPreviewDate'],
    module: 'Reviews',
    ruleType: 'Query',
    validate(ctx) {
      const n = ctx.tables.Reviews?.rows.length;
      if (n === undefined) return undefined;
      const reviewed = dates(ctx, 'Reviews', 'CPPreviewDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) if (reviewed[i] == null) flags.add('Reviews', 'CPPreviewDate', i);
      return flags.result();
    },
  }),
];
