// Queries a Section47 module in an episode (LAchildID + CINdetailsID) that has no assessment.
import { Flags, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '2991Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: A Section 47 module is recorded and there ' +
      'is no assessment on the episode',
    affectedFields: ['CINdetailsID'],
    module: 'CINdetails',
    ruleType: 'Query',
    validate(ctx) {
      if (!ctx.tables.Section47 || !ctx.tables.Assessments) return undefined;
      const assessed = new Set(ids(ctx, 'Assessments', 'episode'));
      const flags = new Flags();
      // Flagged at the Section47 module's LAchildID, where the recorded case puts it.
      ids(ctx, 'Section47', 'episode').forEach((k, i) => {
        if (!assessed.has(k)) flags.add('Section47', 'LAchildID', i);
      });
      return flags.result();
    },
  }),
];
