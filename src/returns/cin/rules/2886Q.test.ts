import { describe, expect, it } from 'vitest';
import { laFlag, version } from '../lib/testing-a.ts';
import { versions } from './2886Q.ts';

/** n children with the given sex, then one more child whose sex is `last`. */
function children(field: string, n: number, value: string, last: string | null, edob: string | null = null) {
  const rows = Array.from({ length: n }, () => ({ [field]: value, ExpectedPersonBirthDate: null }));
  return { ChildIdentifiers: [...rows, { [field]: last, ExpectedPersonBirthDate: edob }] };
}

describe('CIN rule 2886Q (more than 2% with no sex recorded)', () => {
  const v2025 = version(versions, 'cin2024_25');
  it('fires above 2% and not at exactly 2%', () => {
    expect(laFlag(v2025, children('Sex', 49, 'F', 'U'))).toBe(false);
    expect(laFlag(v2025, children('Sex', 48, 'M', null))).toBe(true);
  });
  it('does not count unborn children (with an expected date of birth)', () => {
    expect(laFlag(v2025, children('Sex', 10, 'M', null, '2025-06-01'))).toBe(false);
  });
  it('reads GenderCurrent 0 or missing as no gender before 2024/25', () => {
    const v2023 = version(versions, 'cin2022_23');
    expect(laFlag(v2023, children('GenderCurrent', 10, '1', '0'))).toBe(true);
    expect(laFlag(v2023, children('GenderCurrent', 10, '2', '9'))).toBe(false);
  });
});
