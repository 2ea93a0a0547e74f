// A child must not have the same disability code twice; every copy of a repeated code is flagged.
import { col, Flags, groupPositionsBy, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8794',
    definedIn: 'cin2022_23',
    message: 'Child has two or more disabilities with the same code',
    affectedFields: ['Disability'],
    module: 'Disabilities',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.Disabilities) return undefined;
      const code = col(ctx, 'Disabilities', 'Disability');
      const child = ids(ctx, 'Disabilities', 'child');
      const byCode = groupPositionsBy(
        code.map((c, i) => (c == null ? null : `${child[i]}\u0000${c.toUpperCase()}`)),
      );
      const flags = new Flags();
      for (const rows of byCode.values()) {
        if (rows.length > 1) for (const i of rows) flags.add('Disabilities', 'Disability', i);
      }
      return flags.result();
    },
  }),
];
