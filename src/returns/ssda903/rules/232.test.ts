import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './232.ts';

describe('903 rule 232 (sex recorded as unknown)', () => {
  it('flags sex U', () => {
    const flags = runRule(versions[0]!, {
      Header: [{ SEX: 'U' }, { SEX: 'F' }, { SEX: 'M' }, { SEX: null }],
    });
    expect(flags?.Header).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
