/**
 * Row 4, the Working Together reading: the initial child protection conference within 15 working days of
 * the strategy discussion that initiated the section 47 enquiry. Where the enquiry has no strategy
 * discussion linked, the enquiry's start is used and the label says so. The DfE statistic (from the s47
 * start, always) is icpc-15wd-dfe.
 */
import { addWorkingDays } from '../core/working-days.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { earliest, obligation } from './obligation.ts';

export const clock: Clock = {
  id: 'icpc-15wd',
  title: 'Initial child protection conference within 15 working days of the strategy discussion',
  source:
    'timescales.md row 4 and its note; Working Together 2018 and 2023 (15 working days of the strategy ' +
    'discussion at which the section 47 enquiry was initiated)',
  basis: 'G',
  evaluate(record, asAt) {
    const out: Obligation[] = [];
    for (const s of record.section47s) {
      const discussion = s.strategyDiscussionId
        ? record.strategyDiscussions.find((d) => d.id === s.strategyDiscussionId)
        : undefined;
      const start = discussion?.date ?? s.startDate;
      if (start > asAt) continue;
      const referral = record.referrals.find((r) => r.id === s.referralId);
      out.push(
        obligation({
          kind: clock.id,
          subjectId: s.id,
          start,
          due: addWorkingDays(start, 15),
          done: s.icpcDate,
          asAt,
          ceased: earliest(referral?.closureDate, record.person.dateOfDeath),
          notApplicable: s.icpcNotRequired && s.icpcDate === null,
          label: discussion
            ? 'Initial child protection conference within 15 working days of the strategy discussion'
            : 'Initial child protection conference within 15 working days of the section 47 start ' +
              '(no strategy discussion linked)',
        }),
      );
    }
    return out;
  },
};
