import { describe, expect, it } from 'vitest';
import { flags, version } from '../lib/testing-a.ts';
import { versions } from './4180.ts';

describe('CIN rule 4180 (sex or gender missing or invalid)', () => {
  it('from 2024/25 requires Sex to be M, F or U', () => {
    const sexes = ['M', 'F', 'U', null, 'm', 'Male', '1'];
    expect(
      flags(version(versions, 'cin2024_25'), { ChildIdentifiers: sexes.map((Sex) => ({ Sex })) }),
    ).toEqual([
      'ChildIdentifiers.Sex[3]',
      'ChildIdentifiers.Sex[4]',
      'ChildIdentifiers.Sex[5]',
      'ChildIdentifiers.Sex[6]',
    ]);
  });
  it('before 2024/25 requires GenderCurrent to be 1, 2, 0 or 9', () => {
    const genders = ['1', '2', '0', '9', null, '7', 'M'];
    expect(
      flags(version(versions, 'cin2022_23'), {
        ChildIdentifiers: genders.map((GenderCurrent) => ({ GenderCurrent })),
      }),
    ).toEqual([
      'ChildIdentifiers.GenderCurrent[4]',
      'ChildIdentifiers.GenderCurrent[5]',
      'ChildIdentifiers.GenderCurrent[6]',
    ]);
  });
});
