import { Flags } from '../lib/derived.ts';
import { flagEarlier, side } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4008',
    definedIn: 'cin2022_23',
    message: 'CIN Plan shown as starting after the child’s Date of Death.',
    affectedFields: ['PersonDeathDate', 'CINPlanStartDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.ChildIdentifiers || !ctx.tables.CINplanDates) return undefined;
      const flags = new Flags();
      flagEarlier(
        flags,
        side(ctx, 'ChildIdentifiers', 'child', 'PersonDeathDate'),
        side(ctx, 'CINplanDates', 'child', 'CINPlanStartDate'),
      );
      return flags.result();
    },
  }),
];
