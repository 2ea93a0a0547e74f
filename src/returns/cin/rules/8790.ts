// A child recorded with disability NONE must have no other disability codes; the other codes are flagged.
import { col, Flags, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8790',
    definedIn: 'cin2022_23',
    message: 'Disability information includes both None and other values',
    affectedFields: ['Disability'],
    module: 'Disabilities',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Disabilities?.rows.length;
      if (n === undefined) return undefined;
      const code = col(ctx, 'Disabilities', 'Disability');
      const child = ids(ctx, 'Disabilities', 'child');
      const withNone = new Set<number>();
      for (let i = 0; i < n; i++) if (code[i]?.toUpperCase() === 'NONE') withNone.add(child[i]!);
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const c = code[i];
        if (c != null && c.toUpperCase() !== 'NONE' && withNone.has(child[i]!)) {
          flags.add('Disabilities', 'Disability', i);
        }
      }
      return flags.result();
    },
  }),
];
