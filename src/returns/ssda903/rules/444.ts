// A UPN other than the UN1-UN5 placeholders must be unique within the return: a rule across children.

import { column, flagWhere, rowCount } from '../lib/frame.ts';
import { defineRule } from '../rule.ts';

const PLACEHOLDERS: ReadonlySet<string> = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);

export const versions = [
  defineRule({
    code: '444',
    definedIn: 'lac2025_26',
    message: 'Duplicate UPN has been reported',
    affectedFields: ['UPN'],
    tables: ['Header'],
    acrossChildren: { Header: ['UPN'] },
    validate(ctx) {
      if (!ctx.tables.Header) return undefined;
      const upns = column(ctx, 'Header', 'UPN');
      const n = rowCount(ctx, 'Header');
      const counts = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const upn = upns[i] ?? null;
        if (upn === null || PLACEHOLDERS.has(upn)) continue;
        counts.set(upn, (counts.get(upn) ?? 0) + 1);
      }
      return {
        Header: flagWhere(n, (i) => {
          const upn = upns[i] ?? null;
          return upn !== null && (counts.get(upn) ?? 0) > 1;
        }),
      };
    },
  }),
];
