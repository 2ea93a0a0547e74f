import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './358.ts';

describe('903 rule 358 (youth justice legal status under 10)', () => {
  it('flags J1-J3 episodes starting before the 10th birthday, with the Header row', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { CHILD: 'A', DECOM: '14/06/2025', LS: 'J2' },
        { CHILD: 'B', DECOM: '15/06/2025', LS: 'J1' },
        { CHILD: 'C', DECOM: '14/06/2025', LS: 'C2' },
      ],
      Header: [
        { CHILD: 'A', DOB: '15/06/2015' },
        { CHILD: 'B', DOB: '15/06/2015' },
        { CHILD: 'C', DOB: '15/06/2015' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0], Header: [0] });
  });
  it('is not run without Header', () => {
    expect(
      runRule(versions[0]!, { Episodes: [{ CHILD: 'A', DECOM: '14/06/2025', LS: 'J2' }] }),
    ).toBeUndefined();
  });
});
