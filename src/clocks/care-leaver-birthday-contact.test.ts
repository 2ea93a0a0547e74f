import { describe, expect, it } from 'vitest';
import { clock } from './care-leaver-birthday-contact.ts';
import { brief, careLeaverContact, episode, recordWith, run } from './testing.ts';

describe('care-leaver-birthday-contact (row 26, unverified window)', () => {
  // Born 10 May 2006; in care from 15 to 16y9m, so eligible at 16 and a care leaver from 1 Feb 2023.
  const leaver = {
    person: { dateOfBirth: '2006-05-10' },
    careEpisodes: [episode('2021-05-01', '2023-02-01')],
  };

  it('looks for contact from 3 months before to 1 month after each birthday', () => {
    const r = recordWith({
      ...leaver,
      careLeaverContacts: [
        careLeaverContact('2023-05-01'),
        careLeaverContact('2024-05-01', 'NO'), // recorded as not in touch: does not meet it
        careLeaverContact('2025-07-01'),
      ],
    });
    const out = run(clock, r, '2025-12-31');
    expect(out.map((o) => o.start)).toEqual(['2023-02-10', '2024-02-10', '2025-02-10']);
    expect(brief(out)).toEqual([
      ['2023-06-10', '2023-05-01', 'met_in_time'], // 17th
      ['2024-06-10', null, 'overdue'], // 18th
      ['2025-06-10', '2025-07-01', 'met_late'], // 19th
    ]);
    expect(out[0]?.label).toMatch(/17th birthday .*unverified local window/);
  });

  it.each([
    ['2024-06-10', 'due'],
    ['2024-06-11', 'overdue'],
  ])('around the 18th birthday, as at %s it is %s', (asAt, state) => {
    expect(run(clock, recordWith(leaver), asAt).at(-1)).toMatchObject({ due: '2024-06-10', state });
  });

  it('leaves out a contact before the window', () => {
    const r = recordWith({ ...leaver, careLeaverContacts: [careLeaverContact('2023-02-09')] });
    expect(run(clock, r, '2023-03-01')).toMatchObject([{ done: null, state: 'due' }]);
  });

  it('skips a birthday on which the young person is still looked after, but not the 18th', () => {
    const r = recordWith({ person: { dateOfBirth: '2006-05-10' }, careEpisodes: [episode('2021-05-01')] });
    expect(run(clock, r, '2024-03-01').map((o) => o.due)).toEqual(['2024-06-10']);
  });

  it('does not apply to someone who was never an eligible child, and is not applicable after death', () => {
    const never = recordWith({
      person: { dateOfBirth: '2006-05-10' },
      careEpisodes: [episode('2019-01-01', '2020-01-01')],
    });
    expect(run(clock, never, '2027-12-31')).toEqual([]);
    const died = recordWith({ ...leaver, person: { dateOfBirth: '2006-05-10', dateOfDeath: '2023-03-01' } });
    expect(run(clock, died, '2023-12-31').map((o) => o.state)).toEqual(['not_applicable']);
  });
});
