import { describe, expect, it } from 'vitest';
import { laFlag } from '../lib/testing-a.ts';
import { versions } from './2888Q.ts';

const rule = versions[0]!;

describe('CIN rule 2888Q (only one disability per child)', () => {
  it('fires when every disabled child has exactly one code', () => {
    expect(
      laFlag(rule, {
        Disabilities: [
          { LAchildID: 'A', Disability: 'MOB' },
          { LAchildID: 'A', Disability: 'MOB' },
          { LAchildID: 'B', Disability: 'NONE' },
          { LAchildID: 'B', Disability: 'NONE' },
          { LAchildID: 'C', Disability: 'HEAR' },
          { LAchildID: 'C', Disability: null },
        ],
      }),
    ).toBe(true);
  });
  it('is satisfied when one child has two different codes', () => {
    expect(
      laFlag(rule, {
        Disabilities: [
          { LAchildID: 'A', Disability: 'MOB' },
          { LAchildID: 'B', Disability: 'HEAR' },
          { LAchildID: 'B', Disability: 'VIS' },
        ],
      }),
    ).toBe(false);
  });
  it('does not fire when no child has a disability', () => {
    expect(laFlag(rule, { Disabilities: [{ LAchildID: 'A', Disability: 'NONE' }] })).toBe(false);
  });
});
