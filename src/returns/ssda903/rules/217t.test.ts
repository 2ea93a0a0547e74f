import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './217t.ts';

describe('903 rule 217t (P2 placements end by 28 October 2023)', () => {
  it('flags P2 episodes open or ending after 28 October 2023', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'P2', DEC: '28/10/2023' },
        { PLACE: 'P2', DEC: '29/10/2023' },
        { PLACE: 'P2', DEC: null },
        { PLACE: 'P1', DEC: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
});
