// Queries an episode with exactly one assessment, recorded with factor 21 ("no factors
// identified"), whose reason for closure is not RC8 or RC9 (closed after assessment).
import { col, Flags, factorCol, groups } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8873Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: When there is only one assessment on the ' +
      'episode and the factors code “21 No factors identified” has been used for the completed assessment, ' +
      "the reason for closure ‘RC8’ or 'RC9' should be used.",
    affectedFields: ['ReasonForClosure', 'AssessmentFactors'],
    module: 'Assessments',
    ruleType: 'Query',
    validate(ctx) {
      if (!ctx.tables.Assessments || !ctx.tables.CINdetails) return undefined;
      const factors = factorCol(ctx);
      const episodes = groups(ctx, 'CINdetails', 'episode');
      const reason = col(ctx, 'CINdetails', 'ReasonForClosure');
      const flags = new Flags();
      const assessed = groups(ctx, 'Assessments', 'episode');
      for (let key = 0; key < assessed.length; key++) {
        const rows = assessed[key];
        if (rows?.length !== 1) continue;
        const only = rows[0]!;
        if (!factors[only]!.includes('21')) continue;
        // Like the DfE rule, an episode without a reason for closure (still open) is queried too.
        const wrong = (episodes[key] ?? []).filter((i) => {
          const r = reason[i]?.toUpperCase();
          return r !== 'RC8' && r !== 'RC9';
        });
        if (wrong.length === 0) continue;
        flags.add('Assessments', 'AssessmentFactors', only);
        for (const i of wrong) flags.add('CINdetails', 'ReasonForClosure', i);
      }
      return flags.result();
    },
  }),
];
