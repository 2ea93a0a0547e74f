// Queries a section 47 enquiry with no initial conference date and ICPCnotRequired false/0 whose
// 15-working-day deadline for the conference passed before the reference date.
import { addWorkingDaysNumber } from '../../../core/working-days.ts';
import { col, dates, Flags, isNo } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8675Q',
    definedIn: 'cin2022_23',
    message:
      'Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working ' +
      'days before the end of the census year. However, there is no date of Initial Child Protection ' +
      'Conference.',
    affectedFields: ['DateOfInitialCPC', 'S47ActualStartDate', 'ICPCnotRequired'],
    module: 'Section47',
    ruleType: 'Query',
    validate(ctx) {
      const n = ctx.tables.Section47?.rows.length;
      if (n === undefined) return undefined;
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const notRequired = col(ctx, 'Section47', 'ICPCnotRequired');
      const started = dates(ctx, 'Section47', 'S47ActualStartDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const start = started[i];
        if (icpc[i] != null || !isNo(notRequired[i]) || start == null) continue;
        // kith's working-day convention: the conference is due by start + 15 working days; query when
        // that deadline is before the reference date. The sector's validator subtracts only 14
        // working days from the reference date, so it also queries an enquiry whose deadline is the
        // reference date itself; its recorded case does not test that boundary.
        if (addWorkingDaysNumber(start, 15) < ctx.meta.referenceDate) {
          flags.add('Section47', ['DateOfInitialCPC', 'S47ActualStartDate', 'ICPCnotRequired'], i);
        }
      }
      return flags.result();
    },
  }),
];
