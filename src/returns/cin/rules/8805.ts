import { col, dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8805',
    definedIn: 'cin2022_23',
    message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
    affectedFields: ['CINclosureDate', 'ReasonForClosure'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const reason = col(ctx, 'CINdetails', 'ReasonForClosure');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (closed[i] != null && reason[i] == null)
          flags.add('CINdetails', ['CINclosureDate', 'ReasonForClosure'], i);
      }
      return flags.result();
    },
  }),
];
