// An assessment's start date must not be after its authorisation (end) date.
import { day, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8608',
    definedIn: 'cin2022_23',
    message: 'Assessment Start Date cannot be later than its End Date',
    affectedFields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    module: 'Assessments',
    ruleType: 'Error',
    validate({ tables }) {
      const assessments = tables.Assessments;
      if (!assessments) return undefined;
      const flags = new Flags();
      assessments.rows.forEach((row, i) => {
        const start = day(row, 'AssessmentActualStartDate');
        const end = day(row, 'AssessmentAuthorisationDate');
        if (start !== null && end !== null && start > end) {
          flags.add('Assessments', ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'], i);
        }
      });
      return flags.result();
    },
  }),
];
