import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8945Q.ts';

describe('CIN rule 8945Q (factor 18A replaced by 18B/18C)', () => {
  it('queries an assessment listing 18A in any case', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentFactors: ['1A', '18A'] },
          { AssessmentFactors: ['18a'] },
          { AssessmentFactors: ['18B', '18C'] },
          { AssessmentFactors: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentFactors[0]', 'Assessments.AssessmentFactors[1]']);
  });
});
