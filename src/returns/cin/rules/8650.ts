// A primary need code, where given, must be one of N0 to N9 (a missing code is rule 8610's concern).
import { PRIMARY_NEED } from '../lib/codes.ts';
import { col, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8650',
    definedIn: 'cin2022_23',
    message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)',
    affectedFields: ['PrimaryNeedCode'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const need = col(ctx, 'CINdetails', 'PrimaryNeedCode');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const code = need[i];
        if (code != null && !PRIMARY_NEED.has(code)) flags.add('CINdetails', 'PrimaryNeedCode', i);
      }
      return flags.result();
    },
  }),
];
