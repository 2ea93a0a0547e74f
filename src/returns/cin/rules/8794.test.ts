import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8794.ts';

describe('CIN rule 8794 (repeated disability code)', () => {
  it('flags every copy of a code a child has twice', () => {
    expect(
      flagged(versions[0]!, {
        Disabilities: [
          { LAchildID: 'a', Disability: 'MOB' },
          { LAchildID: 'a', Disability: 'MOB' },
          { LAchildID: 'b', Disability: 'MOB' },
          { LAchildID: 'b', Disability: 'HAND' },
        ],
      }),
    ).toEqual(['Disabilities.Disability[0]', 'Disabilities.Disability[1]']);
  });
});
