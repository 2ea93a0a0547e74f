import { describe, expect, it } from 'vitest';
import { addMonths } from '../../core/day.ts';
import { brief } from '../testing.ts';
import { chain } from './chain.ts';

const monthly = (n: number, from: string) => ({
  kind: n === 0 ? 'first' : 'later',
  due: addMonths(from, 1),
  label: '',
});

describe('recurring obligations, one at a time from the previous actual event', () => {
  it('runs each interval from the actual event, and a missed one stays the last (no phantom dues)', () => {
    const out = chain({
      start: '2024-01-31',
      events: ['2024-02-29', '2024-04-10'],
      step: monthly,
      subjectId: null,
      asAt: '2024-12-31',
    });
    expect(brief(out)).toEqual([
      ['2024-02-29', '2024-02-29', 'met_in_time'], // 31 Jan + 1 month = 29 Feb (leap year, clamped)
      ['2024-03-29', '2024-04-10', 'met_late'], // late, but the next interval runs from 10 Apr
      ['2024-05-10', null, 'overdue'], // missed: one overdue obligation, months later, not eight
    ]);
    expect(out.map((o) => o.kind)).toEqual(['first', 'later', 'later']);
    expect(out.map((o) => o.start)).toEqual(['2024-01-31', '2024-02-29', '2024-04-10']);
  });

  it('ignores events before the start, after asAt and after the duty ceased', () => {
    const out = chain({
      start: '2024-01-10',
      events: ['2024-01-01', '2024-01-20', '2024-06-01', '2024-02-15'],
      step: monthly,
      subjectId: 's',
      asAt: '2024-03-31',
      ceased: '2024-02-01',
    });
    expect(brief(out)).toEqual([
      ['2024-02-10', '2024-01-20', 'met_in_time'],
      ['2024-02-20', null, 'not_applicable'], // ceased 1 Feb, before it fell due; 15 Feb is not this duty's
    ]);
  });

  it('produces nothing when the clock starts after asAt', () => {
    expect(
      chain({ start: '2024-05-01', events: [], step: monthly, subjectId: null, asAt: '2024-04-30' }),
    ).toEqual([]);
  });

  it('can refuse an event on the start day itself (a conference is not its own review)', () => {
    const input = {
      start: '2024-01-10',
      events: ['2024-01-10'],
      step: monthly,
      subjectId: null,
      asAt: '2024-01-20',
    };
    expect(brief(chain(input))[0]).toEqual(['2024-02-10', '2024-01-10', 'met_in_time']);
    expect(brief(chain({ ...input, firstOnStartDay: false }))[0]).toEqual(['2024-02-10', null, 'due']);
  });
});
