import { describe, expect, it } from 'vitest';
import { clock } from './strategy-discussion.ts';
import { brief, contact, newId, recordWith, referral, run, single, strategyDiscussion } from './testing.ts';

describe('strategy-discussion (row 2, local interval)', () => {
  const decided = contact('2026-04-01T09:00:00Z', '2026-04-02T16:00:00Z', { outcome: 'strategy_discussion' });

  it.each([
    [1, '2026-04-07', 'met_in_time', 'a day, over Easter 2026'],
    [1, '2026-04-08', 'met_late', 'a day late'],
    [3, '2026-04-09', 'met_in_time', 'a council that allows 3 working days'],
  ])('with %s working day(s), a discussion on %s is %s (%s)', (n, held, state) => {
    const r = recordWith({ contacts: [decided], strategyDiscussions: [strategyDiscussion(held)] });
    const o = single(clock, r, '2026-05-01', { strategyDiscussionWorkingDays: n });
    expect([o.start, o.done, o.state]).toEqual(['2026-04-02', held, state]);
    expect(o.due).toBe(n === 1 ? '2026-04-07' : '2026-04-09');
  });

  it('uses the discussion on the referral the contact became, not another referral', () => {
    const mine = referral('2026-04-02', { contactId: decided.id });
    const other = newId();
    const r = recordWith({
      contacts: [decided],
      referrals: [mine],
      strategyDiscussions: [
        strategyDiscussion('2026-04-03', { referralId: other }),
        strategyDiscussion('2026-04-09'),
      ],
    });
    expect(brief(run(clock, r, '2026-05-01'))).toEqual([['2026-04-07', '2026-04-09', 'met_late']]);
  });

  it('only contacts decided for a strategy discussion start the clock', () => {
    const r = recordWith({ contacts: [contact('2026-04-01T09:00:00Z', '2026-04-02T16:00:00Z')] });
    expect(run(clock, r, '2026-05-01')).toEqual([]);
  });

  it('is not applicable when the child died before it fell due', () => {
    const r = recordWith({ person: { dateOfDeath: '2026-04-03' }, contacts: [decided] });
    expect(single(clock, r, '2026-05-01').state).toBe('not_applicable');
  });
});
