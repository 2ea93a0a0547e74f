/**
 * Row 26: the council in touch with a care leaver around the 17th, 18th, 19th, 20th and 21st birthdays
 * (903 OC3: in touch, accommodation, activity). The window, 3 months before to 1 month after the
 * birthday, is some councils' reading of "on or around" and is UNVERIFIED (timescales.md gaps); the label
 * says so. A care leaver here is a young person who became an eligible child (13 weeks looked after from
 * 14, some of it after 16) and is not looked after on the birthday (at 18 care ends on the birthday
 * itself). A contact recorded as 'NO' (not in touch) does not meet it; any other position does. A
 * contact after the window meets it late, up to the next birthday's window. Ages 22-25 (support on
 * request, from 2023) are not covered: the record does not hold the request.
 */
import { addMonths, addYears, minIso } from '../core/day.ts';
import type { Obligation } from '../record/facts.ts';
import type { Clock } from './clock.ts';
import { obligation } from './obligation.ts';
import { eligibleFrom, lookedAfterOn, periodsOfCare } from './support/care.ts';

const AGES = [17, 18, 19, 20, 21] as const;
const ORDINAL: Record<(typeof AGES)[number], string> = {
  17: '17th',
  18: '18th',
  19: '19th',
  20: '20th',
  21: '21st',
};

export const clock: Clock = {
  id: 'care-leaver-birthday-contact',
  title: 'Care leaver in touch around the 17th to 21st birthdays (unverified local window)',
  source:
    'timescales.md row 26 and its note; 903 OC3 (IN_TOUCH, ACTIV, ACCOM), "on or around" the birthday; ' +
    "window 3 months before to 1 month after from some councils' guidance (unverified)",
  basis: 'G',
  evaluate(record, asAt) {
    const dob = record.person.dateOfBirth;
    if (dob === null) return [];
    const eligible = eligibleFrom(record, asAt);
    if (eligible === null) return [];
    const periods = periodsOfCare(record, asAt);
    const contacts = record.careLeaverContacts
      .filter((c) => c.inTouch !== 'NO')
      .map((c) => c.date)
      .sort();
    const out: Obligation[] = [];
    for (const age of AGES) {
      const birthday = addYears(dob, age);
      const start = addMonths(birthday, -3);
      if (start > asAt || birthday < eligible) continue;
      // Still looked after on the birthday (or, before it, now): not yet a care leaver. Care ends at 18.
      if (age !== 18 && lookedAfterOn(periods, minIso(birthday, asAt))) continue;
      const nextWindow = addMonths(addYears(dob, age + 1), -3);
      out.push(
        obligation({
          kind: clock.id,
          subjectId: null,
          start,
          due: addMonths(birthday, 1),
          done: contacts.find((d) => d >= start && d < nextWindow) ?? null,
          asAt,
          ceased: record.person.dateOfDeath,
          label:
            `In touch around the ${ORDINAL[age]} birthday ` +
            '(window 3 months before to 1 month after: unverified local window)',
        }),
      );
    }
    return out;
  },
};
