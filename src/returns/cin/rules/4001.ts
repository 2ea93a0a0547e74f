// Within an episode, a CIN plan with no end date and a child protection plan with no end date
// cannot both be present (they would be running at the same time).
import { dates, Flags, ids } from '../lib/derived.ts';
import { groupRows } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4001',
    definedIn: 'cin2022_23',
    message: 'A CIN Plan cannot run concurrently with a Child Protection Plan',
    affectedFields: ['CINPlanEndDate', 'CPPendDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.CINplanDates || !ctx.tables.ChildProtectionPlans) return undefined;
      const cppEnds = dates(ctx, 'ChildProtectionPlans', 'CPPendDate');
      const openCpps = groupRows(ids(ctx, 'ChildProtectionPlans', 'episode'), (i) => cppEnds[i] === null);
      const planEnds = dates(ctx, 'CINplanDates', 'CINPlanEndDate');
      const flags = new Flags();
      ids(ctx, 'CINplanDates', 'episode').forEach((k, i) => {
        const cpps = planEnds[i] === null ? openCpps.get(k) : undefined;
        if (!cpps) return;
        flags.add('CINplanDates', 'CINPlanEndDate', i);
        for (const c of cpps) flags.add('ChildProtectionPlans', 'CPPendDate', c);
      });
      return flags.result();
    },
  }),
];
