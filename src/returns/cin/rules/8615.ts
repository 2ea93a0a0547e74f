// Where an initial child protection conference date is given, the section 47 start date must be
// present and on or before it.
import { dates, Flags } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8615',
    definedIn: 'cin2022_23',
    message:
      'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial ' +
      'Child Protection Conference',
    affectedFields: ['S47ActualStartDate', 'DateOfInitialCPC'],
    module: 'Section47',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.Section47?.rows.length;
      if (n === undefined) return undefined;
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const start = dates(ctx, 'Section47', 'S47ActualStartDate');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        const held = icpc[i];
        if (held == null) continue;
        const started = start[i];
        if (started == null || started > held)
          flags.add('Section47', ['S47ActualStartDate', 'DateOfInitialCPC'], i);
      }
      return flags.result();
    },
  }),
];
