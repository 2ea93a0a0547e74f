import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8920.ts';

describe('CIN rule 8920 (plan ends after the child’s death)', () => {
  it('flags a plan ending the day after death, not on the day', () => {
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [
          { LAchildID: 'a', CPPendDate: '2024-06-04' },
          { LAchildID: 'b', CPPendDate: '2024-06-03' },
          { LAchildID: 'c', CPPendDate: null },
        ],
        ChildIdentifiers: [
          { LAchildID: 'a', PersonDeathDate: '2024-06-03' },
          { LAchildID: 'b', PersonDeathDate: '2024-06-03' },
          { LAchildID: 'c', PersonDeathDate: '2024-06-03' },
        ],
      }),
    ).toEqual(['ChildIdentifiers.PersonDeathDate[0]', 'ChildProtectionPlans.CPPendDate[0]']);
  });
});
