import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8950Q.ts';

describe('CIN rule 8950Q (factor 19A replaced by 19B/19C)', () => {
  it('queries an assessment listing 19A in any case', () => {
    expect(
      flagged(versions[0]!, {
        Assessments: [
          { AssessmentFactors: ['1A', '19A'] },
          { AssessmentFactors: ['19a'] },
          { AssessmentFactors: ['19B', '19C'] },
          { AssessmentFactors: null },
        ],
      }),
    ).toEqual(['Assessments.AssessmentFactors[0]', 'Assessments.AssessmentFactors[1]']);
  });
});
