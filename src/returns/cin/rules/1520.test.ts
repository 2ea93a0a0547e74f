import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './1520.ts';

const rule = versions[0]!;

describe('CIN rule 1520 (duplicate UPN)', () => {
  it('flags every record sharing a UPN, not missing UPNs', () => {
    expect(
      flags(rule, {
        ChildIdentifiers: [
          { LAchildID: 'A', UPN: 'A950000178301' },
          { LAchildID: 'B', UPN: 'H243278544154' },
          { LAchildID: 'C', UPN: ' A950000178301 ' },
          { LAchildID: 'D', UPN: null },
          { LAchildID: 'E', UPN: null },
        ],
      }),
    ).toEqual(['ChildIdentifiers.UPN[0]', 'ChildIdentifiers.UPN[2]']);
  });
  it('needs ChildIdentifiers', () => {
    expect(flags(rule, {})).toBeUndefined();
  });
});
