// An assessment must not list the same assessment factor code twice.
import { Flags, factorCol } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8898',
    definedIn: 'cin2022_23',
    message: 'The assessment has more than one parental or child factors with the same code',
    affectedFields: ['AssessmentFactors'],
    module: 'Assessments',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.Assessments) return undefined;
      const factors = factorCol(ctx);
      const flags = new Flags();
      // The sector's validator crashes on the list the ingress produces and so never reports this
      // (shared/reference/cin/notes.md); kith checks each assessment's list of codes.
      for (let i = 0; i < factors.length; i++) {
        const codes = factors[i]!;
        if (codes.length < 2) continue;
        if (new Set(codes.map((c) => c.toUpperCase())).size < codes.length) {
          flags.add('Assessments', 'AssessmentFactors', i);
        }
      }
      return flags.result();
    },
  }),
];
