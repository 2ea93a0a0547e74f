import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8530Q.ts';

const rule = versions[0]!;

describe('CIN rule 8530Q (expected birth date out of range)', () => {
  it('accepts 1 March to 31 December of the census end year, both included', () => {
    const dates = ['2025-03-01', '2025-12-31', '2025-02-28', '2026-01-01', null];
    expect(
      flags(rule, {
        ChildIdentifiers: dates.map((ExpectedPersonBirthDate) => ({ ExpectedPersonBirthDate })),
      }),
    ).toEqual(['ChildIdentifiers.ExpectedPersonBirthDate[2]', 'ChildIdentifiers.ExpectedPersonBirthDate[3]']);
  });
});
