/**
 * Row 3, the DfE reading: an assessment authorised within 45 working days of its START (CIN census
 * AssessmentActualStartDate -> AssessmentAuthorisationDate; the "same day" bucket of table C2 shows this
 * is the DfE's count). Used for benchmarking; workers see assessment-45wd (from referral).
 */
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';

export const clock: Clock = {
  id: 'assessment-45wd-dfe',
  title: 'Assessment authorised within 45 working days of its start (DfE measure)',
  source:
    'timescales.md row 3 and its note; DfE CIN census (AssessmentActualStartDate to ' +
    'AssessmentAuthorisationDate, table C2; validation 8670Q); 45 working days from Working Together',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    for (const a of record.assessments) {
      if (a.startDate > asAt) continue;
      const referral = record.referrals.find((r) => r.id === a.referralId);
      out.push(
        obligation({
          kind: clock.id,
          subjectId: a.id,
          start: a.startDate,
          due: addWorkingDays(a.startDate, 45),
          done: a.authorisedDate,
          asAt,
          ceased: earliest(referral?.closureDate, record.person.dateOfDeath),
          label: 'Assessment authorised within 45 working days of its start (DfE measure, for benchmarking)',
        }),
      );
    }
    return out;
  },
};
