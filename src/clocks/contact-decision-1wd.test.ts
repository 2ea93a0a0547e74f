import { describe, expect, it } from 'vitest';
import { londonDateOf } from '../core/day.ts';
import { clock } from './contact-decision-1wd.ts';
import { contact, recordWith, run, single } from './testing.ts';

describe('contact-decision-1wd (row 1)', () => {
  it.each([
    ['2026-03-29T23:30:00Z', '2026-03-30', 'after the spring clock change, 23:30 UTC is 00:30 the next day'],
    ['2026-01-15T23:30:00Z', '2026-01-15', 'in winter London is on UTC'],
    ['2025-10-25T23:30:00Z', '2025-10-26', 'still BST the night before the autumn change'],
    ['2025-10-26T23:30:00Z', '2025-10-26', 'GMT after the autumn change'],
    ['2026-07-03T00:30:00+01:00', '2026-07-03', 'an offset given explicitly'],
  ])('%s is %s in London (%s)', (instant, expected) => {
    expect(londonDateOf(instant)).toBe(expected);
  });

  it.each([
    ['2026-04-02T10:00:00Z', '2026-04-07', 'Thursday before Easter: Good Friday and Easter Monday skipped'],
    ['2022-12-23T15:00:00Z', '2022-12-28', 'Friday before Christmas 2022: Boxing Day and the substitute day'],
    ['2022-12-30T09:00:00Z', '2023-01-03', 'New Year 2023 substitute day (Monday 2 January)'],
    [
      '2022-06-01T09:00:00Z',
      '2022-06-06',
      'spring holiday moved to 2 June and the Platinum Jubilee on 3 June',
    ],
    ['2022-09-16T09:00:00Z', '2022-09-20', "the Queen's state funeral, 19 September 2022"],
    ['2023-05-05T09:00:00Z', '2023-05-09', 'the Coronation, 8 May 2023'],
    ['2024-03-02T11:00:00Z', '2024-03-04', 'received on a Saturday: decided by the end of Monday'],
    ['2026-07-02T23:30:00Z', '2026-07-06', 'Thursday 23:30 UTC is Friday in London, so Monday, not Friday'],
  ])('received %s: due by the end of %s (%s)', (receivedAt, due) => {
    const o = single(clock, recordWith({ contacts: [contact(receivedAt)] }), '2026-12-31');
    expect(o.due).toBe(due);
  });

  it.each([
    ['2026-07-06T22:30:00Z', 'met_in_time', 'Monday 23:30 in London'],
    ['2026-07-06T23:30:00Z', 'met_late', 'Tuesday 00:30 in London, though still Monday in UTC'],
  ])('a decision at %s is %s (%s)', (decidedAt, state) => {
    const o = single(
      clock,
      recordWith({ contacts: [contact('2026-07-02T23:30:00Z', decidedAt)] }),
      '2026-07-31',
    );
    expect(o.state).toBe(state);
  });

  it.each([
    ['2026-04-06', 'due'],
    ['2026-04-07', 'due'],
    ['2026-04-08', 'overdue'],
  ])('undecided, as at %s it is %s', (asAt, state) => {
    const o = single(clock, recordWith({ contacts: [contact('2026-04-02T10:00:00Z')] }), asAt);
    expect([o.start, o.due, o.done, o.state]).toEqual(['2026-04-02', '2026-04-07', null, state]);
  });

  it('ignores a contact received after asAt, and a decision made after asAt', () => {
    const r = recordWith({ contacts: [contact('2026-04-02T10:00:00Z', '2026-04-09T10:00:00Z')] });
    expect(run(clock, r, '2026-04-01')).toEqual([]);
    expect(single(clock, r, '2026-04-08')).toMatchObject({ done: null, state: 'overdue' });
    expect(single(clock, r, '2026-04-09')).toMatchObject({ done: '2026-04-09', state: 'met_late' });
  });
});
