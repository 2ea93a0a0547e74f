import { dates, Flags, inCensusYear } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8696',
    definedIn: 'cin2022_23',
    message: 'Assessment end date must fall within the census year',
    affectedFields: ['AssessmentAuthorisationDate', 'ReferenceDate'],
    module: 'Assessments',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Assessments?.rows.length;
      if (n === undefined) return undefined;
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const end = authorised[i];
        if (end != null && !inCensusYear(ctx.meta, end))
          flags.add('Assessments', 'AssessmentAuthorisationDate', i);
      }
      return flags.result();
    },
  }),
];
