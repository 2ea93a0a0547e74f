import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8525Q.ts';

const rule = versions[0]!;

describe('CIN rule 8525Q (exactly one of birth date and expected birth date)', () => {
  it('flags both fields when both or neither are given', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { PersonBirthDate: '2020-01-01', ExpectedPersonBirthDate: null },
          { PersonBirthDate: null, ExpectedPersonBirthDate: '2025-06-01' },
          { PersonBirthDate: '2020-01-01', ExpectedPersonBirthDate: '2020-01-01' },
          { PersonBirthDate: null, ExpectedPersonBirthDate: null },
        ],
      }),
    ).toEqual([
      'ChildIdentifiers.ExpectedPersonBirthDate[2]',
      'ChildIdentifiers.ExpectedPersonBirthDate[3]',
      'ChildIdentifiers.PersonBirthDate[2]',
      'ChildIdentifiers.PersonBirthDate[3]',
    ]);
  });
});
