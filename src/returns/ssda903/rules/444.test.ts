import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './444.ts';

describe('903 rule 444 (duplicate UPN)', () => {
  const rule = versions[0]!;
  it('flags every row of a repeated UPN but allows repeated UN1-UN5 placeholders', () => {
    const flags = runRule(rule, {
      Header: [
        { UPN: 'A123456789012' },
        { UPN: 'UN1' },
        { UPN: 'A123456789012' },
        { UPN: 'UN1' },
        { UPN: 'B123456789012' },
        { UPN: null },
        { UPN: null },
      ],
    });
    expect(flags?.Header).toEqual([0, 2]);
  });
  it('is not run without a Header table', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
