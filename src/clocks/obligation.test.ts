import { describe, expect, it } from 'vitest';
import { obligation, obligationState } from './obligation.ts';

describe('obligationState (the one rule every clock uses)', () => {
  const due = '2024-02-29';
  it.each([
    // [done, asAt, ceased, expected, why]
    ['2024-02-28', '2024-03-10', null, 'met_in_time', 'done the day before the deadline'],
    ['2024-02-29', '2024-03-10', null, 'met_in_time', 'done on the deadline (leap day)'],
    ['2024-03-01', '2024-03-10', null, 'met_late', 'done the day after the deadline'],
    [null, '2024-02-28', null, 'due', 'not done, the day before the deadline'],
    [null, '2024-02-29', null, 'due', 'not done, on the deadline'],
    [null, '2024-03-01', null, 'overdue', 'not done, the day after the deadline'],
    ['2024-03-05', '2024-03-03', null, 'overdue', 'done after asAt does not count yet'],
    [null, '2024-03-10', '2024-02-20', 'not_applicable', 'ceased before the deadline'],
    [null, '2024-03-10', '2024-02-29', 'not_applicable', 'ceased on the deadline'],
    [null, '2024-03-10', '2024-03-01', 'overdue', 'ceased only after it was already missed'],
    [null, '2024-02-10', '2024-02-20', 'due', 'ceases later than asAt: not yet ceased'],
    [null, '2024-03-10', '2024-03-05', 'overdue', 'ceased after due stays overdue'],
    ['2024-02-10', '2024-03-10', '2024-02-20', 'met_in_time', 'met before it ceased stays met'],
  ] as const)('done %s as at %s, ceased %s -> %s (%s)', (done, asAt, ceased, expected, _why) => {
    expect(obligationState({ due, done, asAt, ceased })).toBe(expected);
  });

  it('is not applicable when the duty never applied, whatever else is true', () => {
    expect(obligationState({ due, done: null, asAt: '2024-03-10', notApplicable: true })).toBe(
      'not_applicable',
    );
  });

  it('builds an obligation whose done date is hidden when it lies after asAt', () => {
    const o = obligation({
      kind: 'k',
      subjectId: null,
      start: '2024-02-01',
      due,
      done: '2024-03-05',
      asAt: '2024-03-01',
      label: 'x',
    });
    expect(o).toEqual({
      kind: 'k',
      subjectId: null,
      start: '2024-02-01',
      due,
      done: null,
      state: 'overdue',
      label: 'x',
    });
  });
});
