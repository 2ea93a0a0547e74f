// Queries an assessment with no authorisation date that has been open 45 working days or more by
// the reference date (the end of the census year).
import { addWorkingDaysNumber } from '../../../core/working-days.ts';
import { dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8670Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: Assessment started more than 45 working ' +
      'days before the end of the census year. However, there is no Assessment end date.',
    affectedFields: ['AssessmentActualStartDate'],
    module: 'Assessments',
    ruleType: 'Query',
    validate(ctx) {
      const n = ctx.tables.Assessments?.rows.length;
      if (n === undefined) return undefined;
      const authorised = dates(ctx, 'Assessments', 'AssessmentAuthorisationDate');
      const started = dates(ctx, 'Assessments', 'AssessmentActualStartDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const start = started[i];
        if (authorised[i] != null || start == null) continue;
        // kith's convention (timescales.md) reads "started more than 45 working days before the
        // reference date" as start + 45 working days < reference date. The sector's validator
        // subtracts 44 working days from the reference date (counting the reference date itself as
        // day 45), so it also queries an assessment whose 45th working day IS the reference date;
        // its recorded case (start Sun 29 Jan 2023, reference Fri 31 Mar 2023) requires that, so
        // this rule flags when the 45-working-day deadline falls on or before the reference date.
        if (addWorkingDaysNumber(start, 45) <= ctx.meta.referenceDate) {
          flags.add('Assessments', ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'], i);
        }
      }
      return flags.result();
    },
  }),
];
