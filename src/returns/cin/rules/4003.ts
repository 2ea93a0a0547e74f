// A child protection plan review must not fall while a CIN plan of the same episode is open (on or
// after its start and before its end, or at any time after the start of a plan with no end date),
// unless the review is on the day the child protection plan ended.
import { addTo, dates, Flags, groups, ids } from '../lib/derived.ts';
import { intervalsBy, pointsBy, pointsInIntervalsBy } from '../lib/rows-a.ts';
import { defineRule } from '../rule.ts';

export const versions = [
  defineRule({
    code: '4003',
    definedIn: 'cin2022_23',
    message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
    affectedFields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPreviewDate'],
    module: 'Reviews',
    ruleType: 'Error',
    validate(ctx) {
      if (!ctx.tables.Reviews || !ctx.tables.ChildProtectionPlans || !ctx.tables.CINplanDates)
        return undefined;
      const cppKeys = ids(ctx, 'ChildProtectionPlans', 'plan');
      const cppByPlan = groups(ctx, 'ChildProtectionPlans', 'plan');
      const cppEnds = new Map<number, number[]>();
      dates(ctx, 'ChildProtectionPlans', 'CPPendDate').forEach((end, i) => {
        if (end !== null) addTo(cppEnds, cppKeys[i] as number, end);
      });
      const reviewPlans = ids(ctx, 'Reviews', 'plan');
      // The sector's validator compares only CIN plans that have an end date (and only reviews of
      // child protection plans that have ended); a CIN plan with no end date is the plainest case of
      // an open plan, so kith counts it as open from its start onwards.
      const { hosts, guests } = pointsInIntervalsBy(
        intervalsBy(ctx, 'CINplanDates', 'episode', 'CINPlanStartDate', 'CINPlanEndDate', {
          openUntil: Number.POSITIVE_INFINITY,
          endIncluded: false,
        }),
        pointsBy(
          ctx,
          'Reviews',
          'episode',
          'CPPreviewDate',
          (i, d) => !cppEnds.get(reviewPlans[i] as number)?.includes(d),
        ),
      );
      const flags = new Flags();
      for (const i of hosts) flags.add('CINplanDates', 'CINPlanStartDate', i);
      for (const i of guests) {
        flags.add('Reviews', 'CPPreviewDate', i);
        for (const c of cppByPlan[reviewPlans[i] as number] ?? []) {
          flags.add('ChildProtectionPlans', 'CPPendDate', c);
        }
      }
      return flags.result();
    },
  }),
];
