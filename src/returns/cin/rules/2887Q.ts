// Return level: fewer than 8 different disability codes (not counting NONE) are used in the return.
// Looks at the whole return, so in batches it keeps the (few) codes used so far.

import { validateAcross } from '../lib/across.ts';
import { DISABILITY } from '../lib/codes.ts';
import { laLevel, str } from '../lib/derived.ts';
import { type AcrossChildrenCin, defineRule } from '../rule.ts';

const acrossChildren: AcrossChildrenCin = {
  tables: ['Disabilities'],
  flags: [],
  start() {
    const used = new Set<string>();
    return {
      add({ ctx }) {
        for (const row of ctx.tables.Disabilities?.rows ?? []) {
          const code = str(row, 'Disability');
          // Codes outside the list are 8540's concern and are not counted as codes used.
          if (code !== null && code !== 'NONE' && DISABILITY.has(code)) used.add(code);
        }
      },
      finish: () => laLevel(used.size < 8),
    };
  },
};

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
    acrossChildren,
    validate: validateAcross(acrossChildren),
  }),
];
