// Queries an assessment authorised in or after the start of the census year that has no assessment
// factors, or has a code that is not an assessment factor code.
import { ASSESSMENT_FACTORS } from '../lib/codes.ts';
import { dates, Flags, factorCol } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8897Q',
    definedIn: 'cin2022_23',
    message: 'Parental or child factors at assessment information is missing from a completed assessment',
    affectedFields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
    module: 'Assessments',
    ruleType: 'Query',
    validate(ctx) {
      const n = ctx.tables.Assessments?.rows.length;
      if (n === undefined) return undefined;
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const factors = factorCol(ctx);
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const a = authorised[i];
        if (a == null || a < ctx.meta.collectionStart) continue;
        const codes = factors[i]!;
        if (codes.length === 0 || codes.some((c) => !ASSESSMENT_FACTORS.has(c.toUpperCase()))) {
          flags.add('Assessments', ['AssessmentAuthorisationDate', 'AssessmentFactors'], i);
        }
      }
      return flags.result();
    },
  }),
];
