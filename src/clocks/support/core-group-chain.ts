/**
 * Rows 7 and 7a as one chain per child protection plan: the first core group within 10 working days of the
 * ICPC (the plan's start), then each within the council's interval (ClockSettings.coreGroupDays, calendar
 * days) of the previous meeting actually held, while the plan lasts.
 */
import { addDays, type IsoDate } from '../../core/day.ts';
import { addWorkingDays } from '../../core/working-days.ts';
import type { ChildRecord, Obligation } from '../../record/facts.ts';
import type { ClockSettings } from '../clock.ts';
import { earliest } from '../obligation.ts';
import { chain } from './chain.ts';
import { memo } from './memo.ts';

export const CORE_GROUP_FIRST = 'core-group-first-10wd';
export const CORE_GROUP_LATER = 'core-group-interval';

export function coreGroupChain(record: ChildRecord, asAt: IsoDate, settings: ClockSettings): Obligation[] {
  return memo(record, asAt, `coreGroupChain:${settings.coreGroupDays}`, () =>
    compute(record, asAt, settings),
  );
}

function compute(record: ChildRecord, asAt: IsoDate, settings: ClockSettings): Obligation[] {
  const days = settings.coreGroupDays;
  return record.cpPlans.flatMap((plan) =>
    chain({
      start: plan.startDate,
      events: record.coreGroups.filter((g) => g.cpPlanId === plan.id).map((g) => g.date),
      step: (n, from) =>
        n === 0
          ? {
              kind: CORE_GROUP_FIRST,
              due: addWorkingDays(from, 10),
              label: 'First core group (10 working days)',
            }
          : {
              kind: CORE_GROUP_LATER,
              due: addDays(from, days),
              label: `Core group (every ${days} days, local)`,
            },
      subjectId: plan.id,
      asAt,
      ceased: earliest(plan.endDate, record.person.dateOfDeath),
    }),
  );
}
