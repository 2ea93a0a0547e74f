import { describe, expect, it } from 'vitest';
import { factorsOf, isNo, isYes } from './derived.ts';
import { overlaps } from './rows-b.ts';

describe('group b CIN helpers', () => {
  it('reads the XSD yes/no values', () => {
    expect(['true', 'TRUE', '1'].map(isYes)).toEqual([true, true, true]);
    expect(['false', '0', 'nottrue', null].map(isYes)).toEqual([false, false, false, false]);
    expect(['false', 'FALSE', '0'].map(isNo)).toEqual([true, true, true]);
    expect([null, 'true'].map(isNo)).toEqual([false, false]);
  });
  it('reads assessment factors from a list or a single code', () => {
    expect(factorsOf({ AssessmentFactors: [' 1A ', '', '2B'] })).toEqual(['1A', '2B']);
    expect(factorsOf({ AssessmentFactors: '21' })).toEqual(['21']);
    expect(factorsOf({ AssessmentFactors: null })).toEqual([]);
  });
  it('finds records starting inside another record’s interval', () => {
    const spans = [
      { row: 0, start: 10, end: 20 },
      { row: 1, start: 20, end: 30 },
      { row: 2, start: 31, end: null },
      { row: 3, start: 31, end: 31 },
    ];
    expect(overlaps(spans, true)).toEqual({ hosts: new Set([0, 3]), guests: new Set([1, 2]) });
    expect(overlaps(spans, false)).toEqual({ hosts: new Set(), guests: new Set() });
  });
  it('treats identical records as overlapping each other', () => {
    const spans = [
      { row: 0, start: 10, end: 20 },
      { row: 1, start: 10, end: 20 },
    ];
    expect(overlaps(spans, false)).toEqual({ hosts: new Set([0, 1]), guests: new Set([0, 1]) });
  });
});
