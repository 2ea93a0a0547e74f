// A section 47 enquiry with no initial conference date, and not marked "ICPC not required", must
// have started within the census year.
import { col, dates, Flags, inCensusYear, isYes } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8740',
    definedIn: 'cin2022_23',
    message:
      'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of ' +
      'the census year, the start date must fall within the census year',
    affectedFields: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
    module: 'Section47',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Section47?.rows.length;
      if (n === undefined) return undefined;
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const notRequired = col(ctx, 'Section47', 'ICPCnotRequired');
      const started = dates(ctx, 'Section47', 'S47ActualStartDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const start = started[i];
        if (icpc[i] != null || isYes(notRequired[i]) || start == null) continue;
        if (!inCensusYear(ctx.meta, start)) {
          flags.add('Section47', ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'], i);
        }
      }
      return flags.result();
    },
  }),
];
