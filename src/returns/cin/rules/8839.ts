// Within one CIN episode at most one section 47 enquiry may be open (no initial conference date and
// not marked "ICPC not required"); where there are more, each open one is flagged.
import { col, dates, Flags, groups, isYes } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8839',
    definedIn: 'cin2022_23',
    message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
    affectedFields: ['DateOfInitialCPC'],
    module: 'Section47',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.Section47) return undefined;
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const notRequired = col(ctx, 'Section47', 'ICPCnotRequired');
      const flags = new Flags();
      for (const rows of groups(ctx, 'Section47', 'episode')) {
        if (!rows || rows.length < 2) continue;
        const open = rows.filter((i) => icpc[i] == null && !isYes(notRequired[i]));
        if (open.length > 1) for (const i of open) flags.add('Section47', 'DateOfInitialCPC', i);
      }
      return flags.result();
    },
  }),
];
