/**
 * Row 6a (local): a child protection plan made before the baby was born is reviewed soon after the birth,
 * within N working days of it or 3 months after the ICPC, whichever is sooner (Teesside: 10 working days;
 * Liverpool: 20). N is ClockSettings.preBirthReviewWorkingDays. The statutory 3-month review (row 5)
 * still runs alongside.
 */
import { addMonths, minIso } from '../core/day.ts';
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';

export const clock: Clock = {
  id: 'cp-review-pre-birth',
  title: 'First child protection review after the birth, for a pre-birth plan (local timescale)',
  source: 'timescales.md row 6a; local procedures (Teesside, Liverpool, London); no national figure',
  basis: 'L',
  evaluate(record, asAt, settings) {
    const born = record.person.dateOfBirth;
    if (born === null || born > asAt) return [];
    const n = settings.preBirthReviewWorkingDays ?? 10;
    const out: Obligation[] = [];
    for (const plan of record.cpPlans) {
      if (plan.startDate >= born) continue;
      const threeMonths = addMonths(plan.startDate, 3);
      // If the 3-month review fell due before the birth, the ordinary review clock has it.
      if (threeMonths < born) continue;
      const review = record.cpReviews
        .filter((r) => r.cpPlanId === plan.id && r.date >= born)
        .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
      out.push(
        obligation({
          kind: clock.id,
          subjectId: plan.id,
          start: born,
          due: minIso(addWorkingDays(born, n), threeMonths),
          done: review?.date ?? null,
          asAt,
          ceased: earliest(plan.endDate, record.person.dateOfDeath),
          label: `Child protection review within ${n} working days of birth or 3 months of the ICPC (local)`,
        }),
      );
    }
    return out;
  },
};
