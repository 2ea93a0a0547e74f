/**
 * Row 3, the Working Together reading: a child and family assessment authorised within 45 working days of
 * the POINT OF REFERRAL. This is the figure shown to workers. The DfE's published durations count from
 * the assessment start instead: see assessment-45wd-dfe.ts, which is used for benchmarking.
 */
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';

export const clock: Clock = {
  id: 'assessment-45wd',
  title: 'Assessment authorised within 45 working days of referral (Working Together)',
  source:
    'timescales.md row 3 and its note; Working Together 2013, 2015, 2018 and 2023 (45 working days from ' +
    'the point of referral). Shown to workers; the DfE measure is assessment-45wd-dfe',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    for (const r of record.referrals) {
      if (r.referralDate > asAt) continue;
      // The referral's first assessment answers it; later ones in the same episode are re-assessments,
      // which only the DfE measure (from their own start) times.
      const first = record.assessments
        .filter((a) => a.referralId === r.id && a.startDate <= asAt)
        .sort((a, b) => (a.startDate < b.startDate ? -1 : 1))[0];
      out.push(
        obligation({
          kind: clock.id,
          subjectId: r.id,
          start: r.referralDate,
          due: addWorkingDays(r.referralDate, 45),
          done: first?.authorisedDate ?? null,
          asAt,
          // A referral closed (or the child died) with no assessment authorised needs none.
          ceased: earliest(r.closureDate, record.person.dateOfDeath),
          notApplicable: r.referralNfa,
          label:
            'Assessment authorised within 45 working days of referral (Working Together, shown to workers)',
        }),
      );
    }
    return out;
  },
};
