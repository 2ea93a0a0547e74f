import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT08.ts';

const rule = versions[0]!;

describe('903 rule INT08 (child in Reviews not in Header)', () => {
  it('flags Reviews rows whose child is not in the Header', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '102' }],
      Reviews: [{ CHILD: '101' }, { CHILD: '103' }, { CHILD: '102' }, { CHILD: ' 101' }],
    });
    expect(flags?.Reviews).toEqual([1, 3]);
  });
  it('is not run without the Header', () => {
    expect(runRule(rule, { Reviews: [] })).toBeUndefined();
  });
});
