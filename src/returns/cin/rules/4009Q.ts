import { Flags } from '../lib/derived.ts';
import { flagEarlier, side } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4009Q',
    definedIn: 'cin2022_23',
    message: 'CIN Plan cannot end after the child’s Date of Death',
    affectedFields: ['PersonDeathDate', 'CINPlanEndDate'],
    module: 'ChildIdentifiers',
    ruleType: 'Query',
    validate(ctx) {
      if (!ctx.tables.ChildIdentifiers || !ctx.tables.CINplanDates) return undefined;
      const flags = new Flags();
      flagEarlier(
        flags,
        side(ctx, 'ChildIdentifiers', 'child', 'PersonDeathDate'),
        side(ctx, 'CINplanDates', 'child', 'CINPlanEndDate'),
      );
      return flags.result();
    },
  }),
];
