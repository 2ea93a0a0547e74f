import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1008.ts';

const rule = versions[0]!;
const providerInfo = { columns: ['URN'], rows: [{ URN: '1234567' }, { URN: 'SC999999' }] };

describe('903 rule 1008 (Ofsted URN)', () => {
  it('flags URNs not in the provider lookup, allowing XXXXXXX and blanks', () => {
    const flags = runRule(
      rule,
      {
        Episodes: [
          { URN: 'SC999999' },
          { URN: null },
          { URN: 'XXXXXXX' },
          { URN: '2345' },
          { URN: 'XXXXXX' },
          { URN: '1234567' },
        ],
      },
      { providerInfo },
    );
    expect(flags?.Episodes).toEqual([3, 4]);
  });
  it('is not run without the provider lookup', () => {
    expect(runRule(rule, { Episodes: [{ URN: '2345' }] })).toBeUndefined();
  });
});
