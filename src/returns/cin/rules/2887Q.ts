// Return level: fewer than 8 different disability codes (not counting NONE) are used in the return.
import { DISABILITY } from '../lib/codes.ts';
import { laLevel, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '2887Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend or provide a reason: Less than 8 disability codes have been used in ' +
      'your return',
    affectedFields: ['Disability'],
    module: 'Disabilities',
    ruleType: 'Query',
    validate({ tables }) {
      const disabilities = tables.Disabilities;
      if (!disabilities) return undefined;
      const used = new Set<string>();
      for (const row of disabilities.rows) {
        const code = str(row, 'Disability');
        // Codes outside the list are 8540's concern and are not counted as codes used.
        if (code !== null && code !== 'NONE' && DISABILITY.has(code)) used.add(code);
      }
      return laLevel(used.size < 8);
    },
  }),
];
