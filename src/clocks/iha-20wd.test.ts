import { describe, expect, it } from 'vitest';
import { clock } from './iha-20wd.ts';
import { brief, episode, health, recordWith, run, single } from './testing.ts';

describe('iha-20wd (row 16)', () => {
  it.each([
    ['2026-03-20', '2026-04-21', 'across Easter 2026'],
    ['2022-12-09', '2023-01-11', 'across Christmas 2022 and its substitute days'],
    ['2023-04-20', '2023-05-22', 'across 1 May and the Coronation, 8 May 2023'],
    ['2024-02-01', '2024-02-29', 'to the leap day'],
  ])('looked after from %s: IHA done by %s (%s)', (start, due) => {
    expect(single(clock, recordWith({ careEpisodes: [episode(start)] }), '2026-12-31').due).toBe(due);
  });

  it.each([
    ['2026-04-20', null, 'due'],
    ['2026-04-21', null, 'due'],
    ['2026-04-22', null, 'overdue'],
    ['2026-04-22', '2026-04-21', 'met_in_time'],
    ['2026-04-22', '2026-04-22', 'met_late'],
  ])('as at %s, done %s: %s', (asAt, done, state) => {
    const r = recordWith({
      careEpisodes: [episode('2026-03-20')],
      healthAssessments: [health('initial', done, '2026-03-27')],
    });
    expect(single(clock, r, asAt).state).toBe(state);
  });

  it('measures the assessment done, not the request, and puts the request in the label', () => {
    const r = recordWith({
      careEpisodes: [episode('2026-03-20')],
      healthAssessments: [health('initial', null, '2026-03-27')],
    });
    const o = single(clock, r, '2026-05-01');
    expect(o).toMatchObject({ done: null, state: 'overdue' });
    expect(o.label).toContain('requested 2026-03-27, 5 working days after care began');
  });

  it('says when no request to health is recorded', () => {
    const o = single(clock, recordWith({ careEpisodes: [episode('2026-03-20')] }), '2026-05-01');
    expect(o.label).toContain('request to health not recorded');
  });

  it('asks again in a new period of care; an earlier period’s IHA does not count', () => {
    const r = recordWith({
      careEpisodes: [episode('2024-02-01', '2024-05-01'), episode('2025-01-06')],
      healthAssessments: [health('initial', '2024-02-20', '2024-02-05')],
    });
    expect(brief(run(clock, r, '2025-03-01'))).toEqual([
      ['2024-02-29', '2024-02-20', 'met_in_time'],
      ['2025-02-03', null, 'overdue'],
    ]);
  });

  it.each([
    [
      'a series of short breaks (CPPCR reg 48(3)(b))',
      [episode('2026-03-20', '2026-03-22', { shortBreak: true })],
      {},
    ],
    ['a child who left care before it fell due', [episode('2026-03-20', '2026-04-01')], {}],
    ['a child who died before it fell due', [episode('2026-03-20')], { dateOfDeath: '2026-04-01' }],
  ])('is not applicable to %s', (_, careEpisodes, who) => {
    expect(single(clock, recordWith({ person: who, careEpisodes }), '2026-12-31').state).toBe(
      'not_applicable',
    );
  });
});
