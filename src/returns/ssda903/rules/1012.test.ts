import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1012.ts';

const rule = versions[0]!;

describe('903 rule 1012 (other data for children with no episodes)', () => {
  it('flags rows of the other tables whose child has no episodes', () => {
    const flags = runRule(rule, {
      Episodes: [{ CHILD: '1' }, { CHILD: '2' }],
      Missing: [{ CHILD: '1' }, { CHILD: '3' }],
      OC2: [{ CHILD: '2' }],
      OC3: [{ CHILD: '9' }],
    });
    expect(flags).toEqual({ Missing: [1], OC2: [] });
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { OC2: [] })).toBeUndefined();
  });
});
