// A CIN plan must not start while a child protection plan of the child is open: on or after the CPP
// start and before its end, or up to the reference date when the CPP has no end date. Starting on
// the day the CPP ends is allowed.
import { Flags } from '../lib/derived.ts';
import { intervalsBy, pointsBy, pointsInIntervalsBy } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4016',
    definedIn: 'cin2022_23',
    message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
    affectedFields: ['CINPlanStartDate', 'CPPstartDate', 'CPPendDate'],
    module: 'CINplanDates',
    ruleType: 'Error',
    validate(ctx) {
      const { tables, meta } = ctx;
      const { CINplanDates: plans, ChildProtectionPlans: cpp } = tables;
      if (!plans || !cpp) return undefined;
      // The DfE wording covers "any CPP group" of the child, so plans are matched per child.
      const { hosts, guests } = pointsInIntervalsBy(
        intervalsBy(ctx, 'ChildProtectionPlans', 'child', 'CPPstartDate', 'CPPendDate', {
          openUntil: meta.collectionEnd,
          endIncluded: false,
        }),
        pointsBy(ctx, 'CINplanDates', 'child', 'CINPlanStartDate'),
      );
      const flags = new Flags();
      for (const i of guests) flags.add('CINplanDates', 'CINPlanStartDate', i);
      for (const i of hosts) flags.add('ChildProtectionPlans', ['CPPstartDate', 'CPPendDate'], i);
      return flags.result();
    },
  }),
];
