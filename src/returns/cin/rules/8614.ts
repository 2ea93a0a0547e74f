// Assessment factors may only be recorded on an assessment that has an authorisation (end) date.
import { dates, Flags, factorCol } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8614',
    definedIn: 'cin2022_23',
    message: 'Parental or child factors at assessment should only be present for a completed assessment.',
    affectedFields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
    module: 'Assessments',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Assessments?.rows.length;
      if (n === undefined) return undefined;
      const factors = factorCol(ctx);
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (factors[i]!.length > 0 && authorised[i] === null) {
          flags.add('Assessments', ['AssessmentAuthorisationDate', 'AssessmentFactors'], i);
        }
      }
      return flags.result();
    },
  }),
];
