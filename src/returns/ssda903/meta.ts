import { isoToDay } from '../../core/day.ts';
import type { Meta903 } from './rule.ts';

/** The collection period for a collection END year: 1 April (Y-1) to 31 March Y. */
export function metaFor(collectionYear: string, localAuthority: string | null): Meta903 {
  const y = Number(collectionYear);
  if (!Number.isInteger(y) || y < 2000 || y > 2100)
    throw new RangeError(`collection year must be like 2026, got ${collectionYear}`);
  return {
    collectionStart: isoToDay(`${y - 1}-04-01`) as number,
    collectionEnd: isoToDay(`${y}-03-31`) as number,
    collectionYear: String(y),
    localAuthority,
    providerInfo: null,
    fileFormat: 'csv',
  };
}
