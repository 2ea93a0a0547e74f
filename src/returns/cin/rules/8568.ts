// ReferralNFA must be present and one of the XSD's yes/no values: true, false, 1 or 0.
import { Flags, str } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

const YES_NO: ReadonlySet<string> = new Set(['true', 'false', '1', '0']);

export const versions = [
  defineRule({
    code: '8568',
    definedIn: 'cin2022_23',
    message: 'RNFA flag is missing or invalid',
    affectedFields: ['ReferralNFA'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate({ tables }) {
      const cin = tables.CINdetails;
      if (!cin) return undefined;
      const flags = new Flags();
      cin.rows.forEach((row, i) => {
        if (!YES_NO.has(str(row, 'ReferralNFA') ?? '')) flags.add('CINdetails', 'ReferralNFA', i);
      });
      return flags.result();
    },
  }),
];
