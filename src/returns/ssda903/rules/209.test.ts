import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './209.ts';

describe('903 rule 209 (UN1 for a child of school age)', () => {
  it('flags UN1 for a child who was 4 by 31 August before the collection year', () => {
    // Collection 2025/26: the reference date is 31/08/2024.
    const flags = runRule(versions[0]!, {
      Header: [
        { UPN: 'UN1', DOB: '31/08/2020' },
        { UPN: 'UN1', DOB: '01/09/2020' },
        { UPN: 'UN2', DOB: '01/01/2015' },
        { UPN: 'UN1', DOB: null },
      ],
    });
    expect(flags?.Header).toEqual([0]);
  });
});
