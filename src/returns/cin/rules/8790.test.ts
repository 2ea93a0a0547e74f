import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8790.ts';

describe('CIN rule 8790 (NONE with other disabilities)', () => {
  it('flags the other codes of a child who also has NONE', () => {
    expect(
      flagged(versions[0]!, {
        Disabilities: [
          { LAchildID: 'a', Disability: 'NONE' },
          { LAchildID: 'a', Disability: 'MOB' },
          { LAchildID: 'b', Disability: 'NONE' },
          { LAchildID: 'c', Disability: 'HAND' },
          { LAchildID: 'c', Disability: 'VIS' },
        ],
      }),
    ).toEqual(['Disabilities.Disability[1]']);
  });
});
