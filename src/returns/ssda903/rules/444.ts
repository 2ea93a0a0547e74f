// A UPN other than the UN1-UN5 placeholders must be unique within the return.

import { cell } from '../lib/shared-c.ts';
import { defineRule } from '../rule.ts';

const PLACEHOLDERS: ReadonlySet<string> = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);

export const versions = [
  defineRule({
    code: '444',
    definedIn: 'lac2025_26',
    message: 'Duplicate UPN has been reported',
    affectedFields: ['UPN'],
    tables: ['Header'],
    validate({ tables }) {
      const header = tables.Header;
      if (!header) return undefined;
      const counts = new Map<string, number>();
      for (const row of header.rows) {
        const upn = cell(row, 'UPN');
        if (upn === null || PLACEHOLDERS.has(upn)) continue;
        counts.set(upn, (counts.get(upn) ?? 0) + 1);
      }
      const flagged: number[] = [];
      header.rows.forEach((row, i) => {
        const upn = cell(row, 'UPN');
        if (upn !== null && (counts.get(upn) ?? 0) > 1) flagged.push(i);
      });
      return { Header: flagged };
    },
  }),
];
