// A child protection plan must not start while a CIN plan of the child is open: on or after the CIN
// plan start and before its end, or up to the reference date when the CIN plan has no end date.
// Starting on the day the CIN plan ends is allowed.
import { Flags } from '../lib/derived.ts';
import { intervalsBy, pointsBy, pointsInIntervalsBy } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4017',
    definedIn: 'cin2022_23',
    message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
    affectedFields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPstartDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate(ctx) {
      const { tables, meta } = ctx;
      const { CINplanDates: plans, ChildProtectionPlans: cpp } = tables;
      if (!plans || !cpp) return undefined;
      const { hosts, guests } = pointsInIntervalsBy(
        intervalsBy(ctx, 'CINplanDates', 'child', 'CINPlanStartDate', 'CINPlanEndDate', {
          openUntil: meta.collectionEnd,
          endIncluded: false,
        }),
        pointsBy(ctx, 'ChildProtectionPlans', 'child', 'CPPstartDate'),
      );
      const flags = new Flags();
      for (const i of hosts) flags.add('CINplanDates', ['CINPlanStartDate', 'CINPlanEndDate'], i);
      for (const i of guests) flags.add('ChildProtectionPlans', 'CPPstartDate', i);
      return flags.result();
    },
  }),
];
