import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './174.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;

describe("903 rule 174 (mother's child date of birth for a male)", () => {
  it('flags a male (SEX 1) with MC_DOB until 2023/24', () => {
    const flags = runRule(version('lac2022_23'), {
      Header: [
        { SEX: '1', MC_DOB: '01/02/2025' },
        { SEX: '1', MC_DOB: null },
        { SEX: '2', MC_DOB: '01/02/2025' },
        { SEX: 'M', MC_DOB: '01/02/2025' },
      ],
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('flags a male (SEX M) with MC_DOB from 2024/25', () => {
    const flags = runRule(version('lac2024_25'), {
      Header: [
        { SEX: 'M', MC_DOB: '01/02/2025' },
        { SEX: 'M', MC_DOB: null },
        { SEX: 'F', MC_DOB: '01/02/2025' },
        { SEX: '1', MC_DOB: '01/02/2025' },
      ],
    });
    expect(flags?.Header).toEqual([0]);
  });
});
