import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './612.ts';

const byYear = (definedIn: string) => versions.find((v) => v.definedIn === definedIn)!;

describe('903 rule 612 (MC_DOB for a girl not recorded as a mother)', () => {
  it('uses SEX 2 up to 2023/24', () => {
    const flags = runRule(byYear('lac2022_23'), {
      Header: [
        { SEX: '2', MOTHER: '0', MC_DOB: '01/05/2025' },
        { SEX: '2', MOTHER: null, MC_DOB: '01/05/2025' },
        { SEX: '2', MOTHER: '1', MC_DOB: '01/05/2025' },
        { SEX: '1', MOTHER: '0', MC_DOB: '01/05/2025' },
        { SEX: '2', MOTHER: '0', MC_DOB: null },
      ],
    });
    expect(flags?.Header).toEqual([0, 1]);
  });
  it('uses SEX F from 2024/25', () => {
    const flags = runRule(byYear('lac2024_25'), {
      Header: [
        { SEX: 'F', MOTHER: '0', MC_DOB: '01/05/2025' },
        { SEX: '2', MOTHER: '0', MC_DOB: '01/05/2025' },
      ],
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(runRule(byYear('lac2024_25'), {})).toBeUndefined();
  });
});
