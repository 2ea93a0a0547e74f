import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './103.ts';

describe('903 rule 103 (ethnicity code)', () => {
  it('flags missing and unknown codes, accepts the DfE list', () => {
    const flags = runRule(versions[0]!, {
      Header: [{ ETHNIC: 'WBRI' }, { ETHNIC: 'XXXX' }, { ETHNIC: null }, { ETHNIC: 'REFU' }],
    });
    expect(flags?.Header).toEqual([1, 2]);
  });
  it('is not run without a Header table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
