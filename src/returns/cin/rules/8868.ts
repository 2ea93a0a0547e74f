// A closed CIN episode's section 47 enquiries must each be completed: with an initial conference
// date, or marked "ICPC not required" (true or 1).
import { col, dates, Flags, groupWhere, ids, isYes } from '../lib/derived.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '8868',
    definedIn: 'cin2022_23',
    message:
      'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date ' +
      'or ICPC not required flag',
    affectedFields: ['ICPCnotRequired', 'CINclosureDate', 'DateOfInitialCPC'],
    module: 'CINdetails',
    ruleType: 'Error',
    validate(ctx) {
      const n = ctx.tables.CINdetails?.rows.length;
      if (n === undefined || !ctx.tables.Section47) return undefined;
      const icpc = dates(ctx, 'Section47', 'DateOfInitialCPC');
      const notRequired = col(ctx, 'Section47', 'ICPCnotRequired');
      // Not completed: neither a conference date nor "not required". The sector's validator also
      // fails an enquiry with BOTH a conference date and "not required" (contradictory), and its
      // recorded case requires that, so it is kept here; the DfE text only asks for one of them.
      const failing = groupWhere(
        ids(ctx, 'Section47', 'episode'),
        (i) => (icpc[i] != null) === isYes(notRequired[i]),
      );
      const closed = dates(ctx, 'CINdetails', 'CINclosureDate');
      const episode = ids(ctx, 'CINdetails', 'episode');
      const flags = new Flags();
      for (let i = 0; i < n; i++) {
        if (closed[i] == null) continue;
        const enquiries = failing[episode[i]!];
        if (!enquiries) continue;
        flags.add('CINdetails', 'CINclosureDate', i);
        for (const e of enquiries) flags.add('Section47', ['DateOfInitialCPC', 'ICPCnotRequired'], e);
      }
      return flags.result();
    },
  }),
];
