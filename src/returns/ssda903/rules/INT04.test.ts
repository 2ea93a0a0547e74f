import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT04.ts';

const rule = versions[0]!;

describe('903 rule INT04 (child in Missing not in Header)', () => {
  it('flags Missing rows whose child is not in the Header', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '102' }],
      Missing: [{ CHILD: '101' }, { CHILD: '103' }, { CHILD: '102' }, { CHILD: ' 101' }],
    });
    expect(flags?.Missing).toEqual([1, 3]);
  });
  it('is not run without the Header', () => {
    expect(runRule(rule, { Missing: [] })).toBeUndefined();
  });
});
