import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './101.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;

describe('903 rule 101 (sex code)', () => {
  it('accepts 1/2 until 2023/24 and flags anything else, including blank', () => {
    const flags = runRule(version('lac2022_23'), {
      Header: [{ SEX: '1' }, { SEX: '2' }, { SEX: 'M' }, { SEX: null }, { SEX: '3' }],
    });
    expect(flags?.Header).toEqual([2, 3, 4]);
  });
  it('accepts M/F/U from 2024/25', () => {
    const flags = runRule(version('lac2024_25'), {
      Header: [{ SEX: 'M' }, { SEX: 'F' }, { SEX: 'U' }, { SEX: '1' }, { SEX: 'm' }, { SEX: null }],
    });
    expect(flags?.Header).toEqual([3, 4, 5]);
  });
  it('is not run without a Header table', () => {
    expect(runRule(version('lac2024_25'), {})).toBeUndefined();
  });
});
