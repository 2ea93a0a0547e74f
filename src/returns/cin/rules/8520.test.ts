import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './8520.ts';

const rule = versions[0]!;

describe('CIN rule 8520 (date of birth after the census year)', () => {
  it('flags a birth the day after the reference date, not on it', () => {
    const dobs = ['2025-03-31', '2025-04-01', null, '2010-01-01'];
    expect(flags(rule, { ChildIdentifiers: dobs.map((PersonBirthDate) => ({ PersonBirthDate })) })).toEqual([
      'ChildIdentifiers.PersonBirthDate[1]',
    ]);
  });
});
