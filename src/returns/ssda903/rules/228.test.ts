import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './228.ts';

describe('903 rule 228 (URN not valid for the episode end date)', () => {
  const providerInfo = {
    columns: ['URN', 'REG_END'],
    rows: [
      { URN: 'SC100', REG_END: '31/12/2025' },
      { URN: 'SC300', REG_END: '2026-06-30' },
    ],
  };
  it('flags episodes ending after deregistration, and open ones at a provider gone by 31 March', () => {
    const flags = runRule(
      versions[0]!,
      {
        Episodes: [
          { CHILD: 'A', DEC: '31/12/2025', URN: 'SC100' },
          { CHILD: 'A', DEC: '01/01/2026', URN: 'SC100' },
          { CHILD: 'B', DEC: null, URN: 'SC100' },
          { CHILD: 'C', DEC: null, URN: 'SC300' },
          { CHILD: 'D', DEC: null, URN: null },
        ],
      },
      { providerInfo },
    );
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
