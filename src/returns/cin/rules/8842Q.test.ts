import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8842Q.ts';

describe('CIN rule 8842Q (review with no date)', () => {
  it('queries a review with a missing or unreadable date', () => {
    expect(
      flagged(versions[0]!, {
        Reviews: [{ CPPreviewDate: '2024-06-03' }, { CPPreviewDate: null }, { CPPreviewDate: '2024-02-30' }],
      }),
    ).toEqual(['Reviews.CPPreviewDate[1]', 'Reviews.CPPreviewDate[2]']);
  });
});
