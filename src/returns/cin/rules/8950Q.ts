import { Flags, factorCol } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8950Q',
    definedIn: 'cin2024_25',
    message:
      "Please check and either amend data or provide a reason: the assessment factors code '19A' should " +
      "not be used ('19B' or '19C' should be used instead)",
    affectedFields: ['AssessmentFactors'],
    module: 'Assessments',
    ruleType: 'Query',
    validate(ctx) {
      if (!ctx.tables.Assessments) return undefined;
      const factors = factorCol(ctx);
      const flags = new Flags();
      for (let i = 0; i < factors.length; i++) {
        if (factors[i]!.some((c) => c.toUpperCase() === '19A'))
          flags.add('Assessments', 'AssessmentFactors', i);
      }
      return flags.result();
    },
  }),
];
