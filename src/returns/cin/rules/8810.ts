import { col, dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8810',
    definedIn: 'cin2022_23',
    message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
    affectedFields: ['ReasonForClosure', 'CINclosureDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const reason = col(ctx, 'CINdetails', 'ReasonForClosure');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (reason[i] != null && closed[i] == null)
          flags.add('CINdetails', ['ReasonForClosure', 'CINclosureDate'], i);
      }
      return flags.result();
    },
  }),
];
