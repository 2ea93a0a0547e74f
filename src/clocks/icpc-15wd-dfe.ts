/**
 * Row 4, the DfE reading: the CIN census times ICPCs from the start of the section 47 enquiry
 * (S47ActualStartDate -> DateOfInitialCPC, table C4). Usually the same day as the strategy discussion,
 * not always, so both clocks are kept (timescales.md note on row 4).
 */
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';

export const clock: Clock = {
  id: 'icpc-15wd-dfe',
  title: 'Initial child protection conference within 15 working days of the section 47 start (DfE measure)',
  source:
    'timescales.md row 4 and its note; DfE CIN census S47ActualStartDate to DateOfInitialCPC (table C4, ' +
    'InitialCPCtarget; validation 8675Q)',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    for (const s of record.section47s) {
      if (s.startDate > asAt) continue;
      const referral = record.referrals.find((r) => r.id === s.referralId);
      out.push(
        obligation({
          kind: clock.id,
          subjectId: s.id,
          start: s.startDate,
          due: addWorkingDays(s.startDate, 15),
          done: s.icpcDate,
          asAt,
          ceased: earliest(referral?.closureDate, record.person.dateOfDeath),
          notApplicable: s.icpcNotRequired && s.icpcDate === null,
          label:
            'Initial child protection conference within 15 working days of the section 47 start ' +
            '(DfE measure)',
        }),
      );
    }
    return out;
  },
};
