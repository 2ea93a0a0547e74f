import { dates, Flags, inCensusYear } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8620',
    definedIn: 'cin2022_23',
    message: 'CIN Closure Date present and does not fall within the Census year',
    affectedFields: ['CINclosureDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined) return undefined;
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const d = closed[i];
        if (d != null && !inCensusYear(ctx.meta, d)) flags.add('CINdetails', 'CINclosureDate', i);
      }
      return flags.result();
    },
  }),
];
