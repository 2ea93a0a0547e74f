// Return level: every child recorded with a disability (other than NONE) has exactly one disability
// code, where at least one child would be expected to have several. Asks about the whole return, so
// in batches it keeps the one code of each child seen with a single code, until some child (whose
// rows may be in two batches, when an LAchildID is repeated) turns out to have two.

import { validateAcross } from '../lib/across.ts';
import { DISABILITY } from '../lib/codes.ts';
import { childKey, laLevel, str } from '../lib/derived.ts';
import { type AcrossChildrenCin, type ContextCin, defineRule } from '../rule.ts';

/** Each child's distinct valid disability codes other than NONE, by child key, for one batch. */
function codesByChild(ctx: ContextCin): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const row of ctx.tables.Disabilities?.rows ?? []) {
    const code = str(row, 'Disability');
    if (code === null || code === 'NONE' || !DISABILITY.has(code)) continue;
    const child = childKey(row.LAchildID);
    const codes = out.get(child);
    if (codes) codes.add(code);
    else out.set(child, new Set([code]));
  }
  return out;
}

const acrossChildren: AcrossChildrenCin = {
  tables: ['Disabilities'],
  flags: [],
  start() {
    let anyCode = false;
    let several = false;
    // The single code of each child seen so far with exactly one; dropped once `several` is known.
    let single = new Map<string, string>();
    return {
      add({ ctx }) {
        for (const [child, codes] of codesByChild(ctx)) {
          anyCode = true;
          if (several) return;
          const [code] = codes;
          const before = single.get(child);
          if (codes.size > 1 || (before !== undefined && before !== code)) {
            several = true;
            single = new Map();
            return;
          }
          if (before === undefined && code !== undefined) single.set(child, code);
        }
      },
      // With no disabled child at all there is nothing to query.
      finish: () => laLevel(anyCode && !several),
    };
  },
};

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
    acrossChildren,
    validate: validateAcross(acrossChildren),
  }),
];
