// An assessment with no authorisation (end) date must have started within the census year.
import { dates, Flags, inCensusYear } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8736',
    definedIn: 'cin2022_23',
    message: 'For an Assessment that has not been completed, the start date must fall within the census year',
    affectedFields: ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'],
    module: 'Assessments',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Assessments?.rows.length;
      if (n === undefined) return undefined;
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const started = dates(ctx, 'Assessments', 'AssessmentActualStartDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const start = started[i];
        if (authorised[i] == null && start != null && !inCensusYear(ctx.meta, start)) {
          flags.add('Assessments', ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'], i);
        }
      }
      return flags.result();
    },
  }),
];
