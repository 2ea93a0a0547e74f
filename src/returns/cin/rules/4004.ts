// An episode (CINdetails module) may have at most one CIN plan with no end date.
import { dates, Flags, ids } from '../lib/derived.ts';
import { groupRows } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4004',
    definedIn: 'cin2022_23',
    message: 'This child is showing more than one open CIN Plan, i.e. with no End Date',
    affectedFields: ['CINPlanEndDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.CINplanDates) return undefined;
      const ends = dates(ctx, 'CINplanDates', 'CINPlanEndDate');
      const open = groupRows(ids(ctx, 'CINplanDates', 'episode'), (i) => ends[i] === null);
      const flags = new Flags();
      for (const rows of open.values()) {
        if (rows.length > 1) for (const i of rows) flags.add('CINplanDates', 'CINPlanEndDate', i);
      }
      return flags.result();
    },
  }),
];
