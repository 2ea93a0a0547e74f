import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8898.ts';

describe('CIN rule 8898 (repeated assessment factor)', () => {
  it('flags an assessment listing the same factor twice', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentFactors: ['1A', '2B', '1A'] },
          { AssessmentFactors: ['1A', '2B'] },
          { AssessmentFactors: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentFactors[0]']);
  });
});
