import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8545Q.ts';

const rule = versions[0]!;

describe('CIN rule 8545Q (date of death outside the census year)', () => {
  it('accepts the first and last days of the year and flags the days either side', () => {
    const dates = ['2024-04-01', '2025-03-31', '2024-03-31', '2025-04-01', null];
    expect(flags(rule, { ChildIdentifiers: dates.map((PersonDeathDate) => ({ PersonDeathDate })) })).toEqual([
      'ChildIdentifiers.PersonDeathDate[2]',
      'ChildIdentifiers.PersonDeathDate[3]',
    ]);
  });
});
