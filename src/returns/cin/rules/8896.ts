// Within one CIN episode at most one assessment may be open (no authorisation date); where there
// are more, each open one is flagged.
import { dates, Flags, groups } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8896',
    definedIn: 'cin2022_23',
    message: 'Within one CINDetails group there are 2 or more open Assessments groups',
    affectedFields: ['AssessmentAuthorisationDate'],
    module: 'Assessments',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.Assessments) return undefined;
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const flags = new Flags();
      for (const rows of groups(ctx, 'Assessments', 'episode')) {
        if (!rows || rows.length < 2) continue;
        const open = rows.filter((i) => authorised[i] == null);
        if (open.length > 1) for (const i of open) flags.add('Assessments', 'AssessmentAuthorisationDate', i);
      }
      return flags.result();
    },
  }),
];
