// Return level: every child recorded with a disability (other than NONE) has exactly one disability
// code, where at least one child would be expected to have several.
import { DISABILITY } from '../lib/codes.ts';
import { ids, laLevel, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '2888Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend or provide a reason: Only one disability code is recorded per child ' +
      'and multiple disabilities should be recorded where possible.',
    affectedFields: ['Disability'],
    module: 'Disabilities',
    ruleType: 'Query',
    validate(ctx) {
      const disabilities = ctx.tables.Disabilities;
      if (!disabilities) return undefined;
      const children = ids(ctx, 'Disabilities', 'child');
      const codesByChild = new Map<number, Set<string>>();
      disabilities.rows.forEach((row, i) => {
        const code = str(row, 'Disability');
        if (code === null || code === 'NONE' || !DISABILITY.has(code)) return;
        const k = children[i] as number;
        const codes = codesByChild.get(k);
        if (codes) codes.add(code);
        else codesByChild.set(k, new Set([code]));
      });
      // With no disabled child at all there is nothing to query.
      if (codesByChild.size === 0) return laLevel(false);
      let most = 0;
      for (const codes of codesByChild.values()) most = Math.max(most, codes.size);
      return laLevel(most <= 1);
    },
  }),
];
