import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './335.ts';

describe('903 rule 335 (adoption by foster carer contradicts placement)', () => {
  it('flags FOSTER_CARE 0 with A3 and 1 with A4 on an adoption episode', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', PLACE: 'A3', REC: 'E11' },
        { CHILD: 'B', PLACE: 'A4', REC: 'E12' },
        { CHILD: 'C', PLACE: 'A3', REC: 'E11' },
        { CHILD: 'D', PLACE: 'A3', REC: 'X1' },
      ],
      AD1: [
        { CHILD: 'A', FOSTER_CARE: '0' },
        { CHILD: 'B', FOSTER_CARE: '1' },
        { CHILD: 'C', FOSTER_CARE: '1' },
        { CHILD: 'D', FOSTER_CARE: '0' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0, 1], AD1: [0, 1] });
  });
  it('is not run without AD1', () => {
    expect(runRule(versions[0]!, { Episodes: [{ CHILD: 'A', PLACE: 'A3', REC: 'E11' }] })).toBeUndefined();
  });
});
