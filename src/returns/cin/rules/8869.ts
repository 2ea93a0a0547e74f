// Assessment factor 21 ("no factors identified") must be the only factor on its assessment; the
// other factors recorded alongside it are flagged.
import { col, dates, Flags, factorCol, factorsAreList, groupPositionsBy, ids } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8869',
    definedIn: 'cin2022_23',
    message:
      'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
    affectedFields: ['AssessmentFactors'],
    module: 'Assessments',
    ruleType: 'Error',
    validate(ctx) {
      const assessments = ctx.tables.Assessments;
      if (!assessments) return undefined;
      const factors = factorCol(ctx);
      const flags = new Flags();
      // The ingress gives each assessment's factors as one list. Rows holding a single code instead
      // (one factor per row, as in the sector's test tables) are put back together into assessments
      // by child, episode, AssessmentID and authorisation date.
      const episode = ids(ctx, 'Assessments', 'episode');
      const assessmentId = col(ctx, 'Assessments', 'AssessmentID');
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const singleKey: (string | null)[] = [];
      for (let i = 0; i < factors.length; i++) {
        const codes = factors[i]!;
        const isList = factorsAreList(assessments.rows[i]!);
        if (isList && codes.includes('21') && codes.some((c) => c !== '21')) {
          flags.add('Assessments', 'AssessmentFactors', i);
        }
        singleKey.push(
          isList || codes.length === 0 ? null : `${episode[i]}\u0000${assessmentId[i]}\u0000${authorised[i]}`,
        );
      }
      for (const rows of groupPositionsBy(singleKey).values()) {
        if (rows.length < 2 || !rows.some((i) => factors[i]![0] === '21')) continue;
        for (const i of rows) if (factors[i]![0] !== '21') flags.add('Assessments', 'AssessmentFactors', i);
      }
      return flags.result();
    },
  }),
];
