/**
 * School terms and school age, approximately, for the PEP clocks (rows 21-22). kith holds no school term
 * calendar yet, so the English terms are taken as fixed windows: autumn 1 Sep - 31 Dec, spring 1 Jan -
 * 31 Mar, summer 1 Apr - 31 Jul (Easter moves the real spring/summer boundary by a few weeks, and
 * half-terms and INSET days are ignored). August is the summer holiday and belongs to no term.
 */
import { addYears, type IsoDate } from '../../core/day.ts';

export interface Term {
  readonly name: 'autumn' | 'spring' | 'summer';
  readonly start: IsoDate;
  readonly end: IsoDate;
}

function termsOfYear(year: number): Term[] {
  return [
    { name: 'spring', start: `${year}-01-01`, end: `${year}-03-31` },
    { name: 'summer', start: `${year}-04-01`, end: `${year}-07-31` },
    { name: 'autumn', start: `${year}-09-01`, end: `${year}-12-31` },
  ];
}

/** The first term that starts strictly after `date`. */
export function termAfter(date: IsoDate): Term {
  const year = Number(date.slice(0, 4));
  for (const t of [...termsOfYear(year), ...termsOfYear(year + 1)]) if (t.start > date) return t;
  throw new RangeError(`no term after ${date}`);
}

/**
 * The day the child starts school: the 1 September on or after the 4th birthday, when English children
 * join the reception class (compulsory school age follows in the term after the 5th birthday).
 */
export function receptionStart(dob: IsoDate): IsoDate {
  const four = addYears(dob, 4);
  const sept = `${four.slice(0, 4)}-09-01`;
  return four <= sept ? sept : `${Number(four.slice(0, 4)) + 1}-09-01`;
}
