// A reason for closure, where given, must be one of the CIN census codes RC1 to RC9.
import { REASONS_FOR_CLOSURE } from '../lib/codes.ts';
import { col, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8640',
    definedIn: 'cin2022_23',
    message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
    affectedFields: ['ReasonForClosure'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const reason = col(ctx, 'CINdetails', 'ReasonForClosure');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const r = reason[i];
        if (r != null && !REASONS_FOR_CLOSURE.has(r)) flags.add('CINdetails', 'ReasonForClosure', i);
      }
      return flags.result();
    },
  }),
];
