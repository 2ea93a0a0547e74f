import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './227.ts';

describe('903 rule 227 (URN not valid for the episode start date)', () => {
  const providerInfo = {
    columns: ['URN', 'REG_END'],
    rows: [
      { URN: 'SC100', REG_END: '31/12/2025' },
      { URN: 'SC200', REG_END: null },
    ],
  };
  it('flags episodes starting on or after the provider deregistered', () => {
    const flags = runRule(
      versions[0]!,
      {
        Episodes: [
          { CHILD: 'A', DECOM: '30/12/2025', URN: 'SC100' },
          { CHILD: 'A', DECOM: '31/12/2025', URN: 'SC100' },
          { CHILD: 'B', DECOM: '01/01/2026', URN: 'SC200' },
          { CHILD: 'C', DECOM: '01/01/2026', URN: 'XXXXXXX' },
          { CHILD: 'D', DECOM: '01/01/2026', URN: 'SC999' },
        ],
      },
      { providerInfo },
    );
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without the provider lookup', () => {
    expect(runRule(versions[0]!, { Episodes: [{ CHILD: 'A', URN: 'SC100' }] })).toBeUndefined();
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
