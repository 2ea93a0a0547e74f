import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8750.ts';

const [sex, gender] = versions;

describe('CIN rule 8750 (unborn child recorded as U / 0)', () => {
  it('2024/25: flags an unborn child whose sex is not U', () => {
    expect(
      flagged(sex!, {
        ChildIdentifiers: [
          { PersonBirthDate: null, ExpectedPersonBirthDate: '2025-05-01', Sex: 'U' },
          { PersonBirthDate: null, ExpectedPersonBirthDate: '2025-05-01', Sex: 'F' },
          { PersonBirthDate: '2020-01-01', ExpectedPersonBirthDate: '2020-01-01', Sex: 'M' },
          { PersonBirthDate: null, ExpectedPersonBirthDate: null, Sex: 'F' },
        ],
      }),
    ).toEqual([
      'ChildIdentifiers.ExpectedPersonBirthDate[1]',
      'ChildIdentifiers.PersonBirthDate[1]',
      'ChildIdentifiers.Sex[1]',
    ]);
  });
  it('2022/23: flags an unborn child whose GenderCurrent is not 0', () => {
    expect(
      flagged(gender!, {
        ChildIdentifiers: [
          { PersonBirthDate: null, ExpectedPersonBirthDate: '2023-05-01', GenderCurrent: '0' },
          { PersonBirthDate: null, ExpectedPersonBirthDate: '2023-05-01', GenderCurrent: '1' },
        ],
      }),
    ).toEqual([
      'ChildIdentifiers.ExpectedPersonBirthDate[1]',
      'ChildIdentifiers.GenderCurrent[1]',
      'ChildIdentifiers.PersonBirthDate[1]',
    ]);
  });
});
