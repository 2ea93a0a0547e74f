import { isoToDay } from '../../core/day.ts';
import type { MetaCin } from './rule.ts';

/** The census period from its reference date: reference date minus one year plus one day, to the reference date. */
export function metaForReferenceDate(referenceDate: string): MetaCin {
  const end = isoToDay(referenceDate);
  if (end === null) throw new RangeError(`ReferenceDate must be YYYY-MM-DD, got ${referenceDate}`);
  const y = Number(referenceDate.slice(0, 4));
  const start = isoToDay(`${y - 1}${referenceDate.slice(4)}`) ?? isoToDay(`${y - 1}-02-28`)!;
  return { referenceDate: end, collectionStart: start + 1, collectionEnd: end };
}

/** Census for collection END year Y has reference date 31 March Y. */
export function metaForYear(collectionYear: string): MetaCin {
  return metaForReferenceDate(`${collectionYear}-03-31`);
}
