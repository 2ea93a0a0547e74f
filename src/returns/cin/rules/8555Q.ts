import { Flags } from '../lib/derived.ts';
import { flagEarlier, side } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8555Q',
    definedIn: 'cin2022_23',
    message: 'Child cannot be referred after its recorded date of death',
    affectedFields: ['PersonDeathDate', 'CINreferralDate'],
    module: 'CINdetails',
    ruleType: 'Query',
    validate(ctx) {
      if (!ctx.tables.ChildIdentifiers || !ctx.tables.CINdetails) return undefined;
      const flags = new Flags();
      flagEarlier(
        flags,
        side(ctx, 'ChildIdentifiers', 'child', 'PersonDeathDate'),
        side(ctx, 'CINdetails', 'child', 'CINreferralDate'),
      );
      return flags.result();
    },
  }),
];
