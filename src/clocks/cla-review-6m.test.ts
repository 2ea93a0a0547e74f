import { describe, expect, it } from 'vitest';
import { clock } from './cla-review-6m.ts';
import { brief, claReview, episode, recordWith, run } from './testing.ts';

describe('cla-review-6m (row 12)', () => {
  it('runs 6 months from each review held, across placement and legal-status changes', () => {
    const r = recordWith({
      careEpisodes: [
        episode('2024-02-01', '2024-07-01', { reasonEnded: 'X1' }),
        episode('2024-07-01', '2025-01-10', { reasonNewEpisode: 'B', legalStatus: 'C2', reasonEnded: 'X1' }),
        episode('2025-01-10', null, { reasonNewEpisode: 'P', legalStatus: 'C2' }),
      ],
      claReviews: [
        claReview('2024-02-29'),
        claReview('2024-05-31'),
        claReview('2024-11-29'),
        claReview('2025-06-02'),
      ],
    });
    expect(brief(run(clock, r, '2026-01-01'))).toEqual([
      ['2024-11-30', '2024-11-29', 'met_in_time'], // 31 May + 6 months = 30 Nov (clamped)
      ['2025-05-29', '2025-06-02', 'met_late'],
      ['2025-12-02', null, 'overdue'],
    ]);
  });

  it.each([
    ['2024-11-30', 'due'],
    ['2024-12-01', 'overdue'],
  ])('as at %s it is %s', (asAt, state) => {
    const r = recordWith({
      careEpisodes: [episode('2024-02-01')],
      claReviews: [claReview('2024-02-29'), claReview('2024-05-31')],
    });
    expect(run(clock, r, asAt).map((o) => o.state)).toEqual([state]);
  });

  it('starts again from the first review in a new period of care', () => {
    const r = recordWith({
      careEpisodes: [episode('2023-01-02', '2024-01-05'), episode('2024-03-01')],
      claReviews: [
        claReview('2023-01-30'),
        claReview('2023-04-28'),
        claReview('2023-10-20'),
        claReview('2024-03-20'),
      ],
    });
    // The new period's review on 20 Mar 2024 is a FIRST review (another clock), not a 6-monthly one.
    expect(brief(run(clock, r, '2024-06-01'))).toEqual([
      ['2023-10-28', '2023-10-20', 'met_in_time'],
      ['2024-04-20', null, 'not_applicable'], // the first period ended on 5 Jan, before it fell due
    ]);
  });

  it('is not applicable when the child died before it fell due', () => {
    const r = recordWith({
      person: { dateOfDeath: '2024-09-01' },
      careEpisodes: [episode('2024-02-01')],
      claReviews: [claReview('2024-02-29'), claReview('2024-05-31')],
    });
    expect(brief(run(clock, r, '2025-01-01'))).toEqual([['2024-11-30', null, 'not_applicable']]);
  });
});
