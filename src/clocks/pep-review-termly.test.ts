import { describe, expect, it } from 'vitest';
import { clock } from './pep-review-termly.ts';
import { brief, episode, pep, recordWith, run } from './testing.ts';

describe('pep-review-termly (row 22, approximate terms)', () => {
  it('asks for a PEP in each term after the initial PEP, each term on its own', () => {
    const r = recordWith({
      careEpisodes: [episode('2026-03-20')],
      peps: [pep('initial', '2026-04-10'), pep('review', '2026-10-01'), pep('review', '2027-08-10')],
    });
    expect(brief(run(clock, r, '2027-09-02'))).toEqual([
      ['2026-12-31', '2026-10-01', 'met_in_time'], // autumn 2026
      ['2027-03-31', null, 'overdue'], // spring 2027 missed
      ['2027-07-31', null, 'overdue'], // summer 2027 missed: an August PEP is in no term
      ['2027-12-31', null, 'due'], // autumn 2027
    ]);
    expect(run(clock, r, '2027-09-02')[0]?.label).toMatch(/autumn term 2026 \(terms approximated/);
  });

  it.each([
    ['2026-12-31', 'due'],
    ['2027-01-01', 'overdue'],
  ])('the last day of term and the day after: as at %s it is %s', (asAt, state) => {
    const r = recordWith({ careEpisodes: [episode('2026-03-20')], peps: [pep('initial', '2026-04-10')] });
    expect(run(clock, r, asAt)[0]?.state).toBe(state);
  });

  it('starts with the reception term after an early-years PEP', () => {
    const r = recordWith({
      person: { dateOfBirth: '2021-12-25' },
      careEpisodes: [episode('2024-01-01')],
      peps: [pep('initial', '2024-03-01')],
    });
    expect(run(clock, r, '2026-10-01').map((o) => o.start)).toEqual(['2026-09-01']);
  });

  it('is not applicable in a term the child leaves care without a PEP, and stops after', () => {
    const r = recordWith({
      careEpisodes: [episode('2026-03-20', '2027-02-01')],
      peps: [pep('initial', '2026-04-10')],
    });
    expect(brief(run(clock, r, '2027-09-30'))).toEqual([
      ['2026-12-31', null, 'overdue'],
      ['2027-03-31', null, 'not_applicable'],
    ]);
  });

  it('waits for the initial PEP', () => {
    expect(run(clock, recordWith({ careEpisodes: [episode('2026-03-20')] }), '2027-09-30')).toEqual([]);
  });
});
