import { describe, expect, it } from 'vitest';
import { clock } from './icpc-15wd-dfe.ts';
import { recordWith, section47, single, strategyDiscussion } from './testing.ts';

describe('icpc-15wd-dfe (row 4, DfE: from the section 47 start)', () => {
  it('counts from the s47 start even when the strategy discussion was earlier', () => {
    const d = strategyDiscussion('2026-03-19');
    const r = recordWith({
      strategyDiscussions: [d],
      section47s: [section47('2026-03-20', { strategyDiscussionId: d.id, icpcDate: '2026-04-14' })],
    });
    expect(single(clock, r, '2026-12-31')).toMatchObject({
      start: '2026-03-20',
      due: '2026-04-14',
      state: 'met_in_time',
    });
  });

  it.each([
    ['2023-04-27', '2023-05-22', 'across 1 May and the Coronation on 8 May 2023'],
    ['2024-02-08', '2024-02-29', 'ending on 29 February 2024'],
  ])('an enquiry started %s is due by %s (%s)', (start, due) => {
    expect(single(clock, recordWith({ section47s: [section47(start)] }), '2026-12-31').due).toBe(due);
  });

  it.each([
    ['2026-04-14', 'due'],
    ['2026-04-15', 'overdue'],
  ])('as at %s with no ICPC it is %s', (asAt, state) => {
    expect(single(clock, recordWith({ section47s: [section47('2026-03-20')] }), asAt).state).toBe(state);
  });

  it('is not applicable when no ICPC was required', () => {
    const r = recordWith({ section47s: [section47('2026-03-20', { icpcNotRequired: true })] });
    expect(single(clock, r, '2026-12-31').state).toBe('not_applicable');
  });
});
