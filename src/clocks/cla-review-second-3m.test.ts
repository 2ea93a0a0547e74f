import { describe, expect, it } from 'vitest';
import { clock } from './cla-review-second-3m.ts';
import { brief, claReview, episode, recordWith, run } from './testing.ts';

describe('cla-review-second-3m (row 11)', () => {
  it.each([
    ['2024-02-29', '2024-05-29', 'from the leap day'],
    ['2023-11-30', '2024-02-29', 'clamped to the leap day'],
    ['2024-03-04', '2024-06-04', 'from a late first review: the actual date counts'],
  ])('first review on %s: second due %s (%s)', (first, due) => {
    const r = recordWith({ careEpisodes: [episode('2023-11-01')], claReviews: [claReview(first)] });
    expect(brief(run(clock, r, first))).toEqual([[due, null, 'due']]);
  });

  it.each([
    ['2024-05-29', null, 'due'],
    ['2024-05-30', null, 'overdue'],
    ['2024-06-30', '2024-05-29', 'met_in_time'],
    ['2024-06-30', '2024-05-30', 'met_late'],
  ])('as at %s, held %s: %s', (asAt, held, state) => {
    const reviews = [claReview('2024-02-29'), ...(held ? [claReview(held)] : [])];
    const r = recordWith({ careEpisodes: [episode('2024-02-01')], claReviews: reviews });
    expect(run(clock, r, asAt).map((o) => o.state)).toEqual([state]);
  });

  it('appears only after the first review, and is not applicable if care ends first', () => {
    expect(run(clock, recordWith({ careEpisodes: [episode('2024-02-01')] }), '2024-12-31')).toEqual([]);
    const r = recordWith({
      careEpisodes: [episode('2024-02-01', '2024-04-01')],
      claReviews: [claReview('2024-02-29')],
    });
    expect(brief(run(clock, r, '2024-12-31'))).toEqual([['2024-05-29', null, 'not_applicable']]);
  });
});
