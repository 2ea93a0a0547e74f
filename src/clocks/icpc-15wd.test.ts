import { describe, expect, it } from 'vitest';
import { clock } from './icpc-15wd.ts';
import { recordWith, referral, run, section47, single, strategyDiscussion } from './testing.ts';

describe('icpc-15wd (row 4, Working Together: from the strategy discussion)', () => {
  const discussion = strategyDiscussion('2026-03-20');

  it.each([
    ['2026-04-14', 'met_in_time', 'on the 15th working day (Good Friday and Easter Monday skipped)'],
    ['2026-04-13', 'met_in_time', 'the day before'],
    ['2026-04-15', 'met_late', 'the day after'],
  ])('an ICPC on %s is %s (%s)', (icpcDate, state) => {
    const r = recordWith({
      strategyDiscussions: [discussion],
      section47s: [section47('2026-03-23', { strategyDiscussionId: discussion.id, icpcDate })],
    });
    expect(single(clock, r, '2026-12-31')).toMatchObject({ start: '2026-03-20', due: '2026-04-14', state });
  });

  it.each([
    ['2026-04-13', 'due'],
    ['2026-04-14', 'due'],
    ['2026-04-15', 'overdue'],
  ])('with no ICPC yet, as at %s it is %s', (asAt, state) => {
    const r = recordWith({
      strategyDiscussions: [discussion],
      section47s: [section47('2026-03-20', { strategyDiscussionId: discussion.id })],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('falls back to the section 47 start when no strategy discussion is linked, and says so', () => {
    const r = recordWith({ section47s: [section47('2022-12-16', { icpcDate: '2023-01-11' })] });
    // Fri 16 Dec 2022 + 15 WD: 26 and 27 Dec, and 2 Jan 2023, are bank holidays.
    const o = single(clock, r, '2023-12-31');
    expect(o).toMatchObject({ start: '2022-12-16', due: '2023-01-11', state: 'met_in_time' });
    expect(o.label).toMatch(/no strategy discussion linked/);
  });

  it.each([
    ['an ICPC was judged not required', { icpcNotRequired: true }, {}, {}],
    ['the referral closed before the deadline', {}, { closureDate: '2026-03-25' }, {}],
    ['the child died before the deadline', {}, {}, { dateOfDeath: '2026-03-25' }],
  ])('is not applicable when %s', (_, s47, ref, who) => {
    const r = recordWith({
      person: who,
      referrals: [referral('2026-03-01', ref)],
      section47s: [section47('2026-03-20', s47)],
    });
    expect(single(clock, r, '2026-12-31').state).toBe('not_applicable');
  });

  it('is not produced before the clock starts', () => {
    expect(run(clock, recordWith({ section47s: [section47('2026-03-20')] }), '2026-03-19')).toEqual([]);
  });
});
