// Within one CIN episode, a section 47 enquiry must not start on or between another enquiry's start
// date and its initial conference date (or the reference date, when the other has no conference
// date and is not marked "ICPC not required").
import { col, dates, Flags, groups, isYes } from '../lib/derived.ts';
import { overlaps, type Span } from '../lib/rows-b.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8890',
    definedIn: 'cin2022_23',
    message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
    affectedFields: ['S47ActualStartDate'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.Section47) return undefined;
      const started = dates(ctx, 'Section47', 'S47ActualStartDate');
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const notRequired = col(ctx, 'Section47', 'ICPCnotRequired');
      const flags = new Flags();
      for (const rows of groups(ctx, 'Section47', 'episode')) {
        if (!rows || rows.length < 2) continue;
        const spans: Span[] = [];
        for (const i of rows) {
          const start = started[i];
          if (start == null) continue;
          const end = icpc[i] ?? (isYes(notRequired[i]) ? null : ctx.meta.referenceDate);
          spans.push({ row: i, start, end });
        }
        const { hosts, guests } = overlaps(spans, true);
        for (const i of guests) flags.add('Section47', 'S47ActualStartDate', i);
        for (const i of hosts) flags.add('Section47', ['S47ActualStartDate', 'DateOfInitialCPC'], i);
      }
      return flags.result();
    },
  }),
];
