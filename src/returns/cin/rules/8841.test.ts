import { describe, expect, it } from 'vitest';
import { flagged } from '../lib/testing-b.ts';
import { versions } from './8841.ts';

describe('CIN rule 8841 (review after the plan start)', () => {
  it('flags a review on or before the start of its own plan', () => {
    const plan = (cpp: string, start: string) => ({
      LAchildID: 'a',
      CINdetailsID: '1',
      CPPID: cpp,
      CPPstartDate: start,
    });
    const review = (cpp: string, date: string) => ({
      LAchildID: 'a',
      CINdetailsID: '1',
      CPPID: cpp,
      CPPreviewDate: date,
    });
    expect(
      flagged(versions[0]!, {
        ChildProtectionPlans: [plan('1', '2024-06-03'), plan('2', '2024-09-02')],
        Reviews: [review('1', '2024-06-03'), review('1', '2024-06-04'), review('2', '2024-09-03')],
      }),
    ).toEqual(['ChildProtectionPlans.CPPstartDate[0]', 'Reviews.CPPreviewDate[0]']);
  });
});
