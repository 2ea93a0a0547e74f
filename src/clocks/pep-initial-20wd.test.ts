import { describe, expect, it } from 'vitest';
import { clock } from './pep-initial-20wd.ts';
import { episode, pep, recordWith, run, single } from './testing.ts';

describe('pep-initial-20wd (row 21, working days standing in for school days)', () => {
  it.each([
    [20, '2026-04-21', 'across Easter 2026'],
    [10, '2026-04-07', 'a council using 10 days'],
  ])('with %s days, a child in care from 20 Mar 2026 needs a PEP by %s (%s)', (n, due) => {
    const o = single(clock, recordWith({ careEpisodes: [episode('2026-03-20')] }), '2026-12-31', {
      pepWorkingDays: n,
    });
    expect(o.due).toBe(due);
    expect(o.label).toContain(`counted as ${n} working days: no school term calendar held`);
  });

  it.each([
    ['2026-04-21', null, 'due'],
    ['2026-04-22', null, 'overdue'],
    ['2026-04-22', '2026-04-21', 'met_in_time'],
    ['2026-04-22', '2026-04-22', 'met_late'],
  ])('as at %s, PEP %s: %s', (asAt, held, state) => {
    const r = recordWith({ careEpisodes: [episode('2026-03-20')], peps: held ? [pep('initial', held)] : [] });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('starts when a young child in care reaches the reception year, and an early-years PEP counts', () => {
    const r = recordWith({ person: { dateOfBirth: '2023-01-10' }, careEpisodes: [episode('2024-01-01')] });
    expect(run(clock, r, '2027-08-31')).toEqual([]);
    expect(single(clock, r, '2027-09-10')).toMatchObject({
      start: '2027-09-01',
      due: '2027-09-29',
      state: 'due',
    });
    const early = recordWith({ ...r, peps: [pep('initial', '2026-03-01')] });
    expect(single(clock, early, '2027-09-10').state).toBe('met_in_time');
  });

  it('is not applicable when care ends first, and does not fire for short breaks or at 18', () => {
    expect(
      single(clock, recordWith({ careEpisodes: [episode('2026-03-20', '2026-04-01')] }), '2026-12-31').state,
    ).toBe('not_applicable');
    expect(
      run(
        clock,
        recordWith({ careEpisodes: [episode('2026-03-20', null, { shortBreak: true })] }),
        '2026-12-31',
      ),
    ).toEqual([]);
    const adult = recordWith({
      person: { dateOfBirth: '2008-01-01' },
      careEpisodes: [episode('2026-03-20')],
    });
    expect(run(clock, adult, '2026-12-31')).toEqual([]);
  });
});
