// MISSING, when given, must be M (missing) or A (away from placement without authorisation).
import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const CODES = new Set(['M', 'A']);

export const versions = [
  defineRule({
    code: '1006',
    definedIn: 'lac2022_23',
    message: 'Missing type invalid.',
    affectedFields: ['MISSING'],
    tables: ['Missing'],
    validate(ctx) {
      if (!ctx.tables.Missing) return undefined;
      const missing = column(ctx, 'Missing', 'MISSING');
      return {
        Missing: flagWhere(rowCount(ctx, 'Missing'), (i) => {
          const v = missing[i] ?? null;
          return v !== null && !CODES.has(v);
        }),
      };
    },
  }),
];
