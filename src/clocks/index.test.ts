import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_SETTINGS } from './clock.ts';
import { ALL_CLOCKS, evaluateClocks } from './index.ts';
import {
  assessment,
  claReview,
  contact,
  cpPlan,
  episode,
  health,
  recordWith,
  referral,
  section47,
  visit,
} from './testing.ts';

const NOT_CLOCKS = new Set(['clock.ts', 'obligation.ts', 'index.ts', 'testing.ts']);

describe('the clock registry', () => {
  it('lists every clock file in this folder exactly once, under its file name', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_CLOCKS.has(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(ALL_CLOCKS.map((c) => c.id).sort()).toEqual(files);
  });

  it('has a test file beside every clock', () => {
    const files = new Set(readdirSync(new URL('.', import.meta.url)));
    for (const c of ALL_CLOCKS) expect(files.has(`${c.id}.test.ts`), c.id).toBe(true);
  });

  it.each(ALL_CLOCKS.map((c) => [c.id, c] as const))(
    '%s cites its timescales.md row and has a basis',
    (_, c) => {
      expect(c.source).toMatch(/^timescales\.md rows? \d/);
      expect(['S', 'G', 'L']).toContain(c.basis);
      expect(c.title.length).toBeGreaterThan(10);
    },
  );
});

describe('evaluateClocks', () => {
  const record = recordWith({
    contacts: [contact('2026-01-05T09:00:00Z', '2026-01-05T15:00:00Z')],
    referrals: [referral('2026-01-06')],
    assessments: [assessment('2026-01-07', '2026-02-20')],
    section47s: [section47('2026-01-08', { icpcDate: '2026-01-27' })],
    cpPlans: [cpPlan('2026-01-27', '2026-03-01')],
    careEpisodes: [episode('2026-03-01', null, { legalStatus: 'C1' })],
    claReviews: [claReview('2026-03-25')],
    visits: [visit('cla', '2026-03-05')],
    healthAssessments: [health('initial', '2026-03-20', '2026-03-03')],
  });

  it('yields only the kinds of the registered clocks, none starting after asAt', () => {
    const ids = new Set(ALL_CLOCKS.map((c) => c.id));
    const out = evaluateClocks(record, '2026-04-30');
    expect(out.length).toBeGreaterThan(10);
    for (const o of out) {
      expect(ids.has(o.kind), o.kind).toBe(true);
      expect(o.start <= '2026-04-30').toBe(true);
    }
  });

  it('sees only what had happened by asAt', () => {
    expect(evaluateClocks(record, '2026-01-04')).toEqual([]);
    const early = evaluateClocks(record, '2026-01-06');
    expect(early.map((o) => o.kind).sort()).toEqual(['assessment-45wd', 'contact-decision-1wd']);
  });

  it('is deterministic and uses the default settings unless told otherwise', () => {
    expect(evaluateClocks(record, '2026-04-30')).toEqual(
      evaluateClocks(record, '2026-04-30', DEFAULT_CLOCK_SETTINGS),
    );
    const strict = evaluateClocks(record, '2026-04-30', { ...DEFAULT_CLOCK_SETTINGS, cpVisitWorkingDays: 5 });
    expect(strict.find((o) => o.kind === 'cp-visit')?.due).toBe('2026-02-03');
  });

  it('gives the same obligations as running each clock on its own (the shared memo changes nothing)', () => {
    const oneByOne = ALL_CLOCKS.flatMap((c) => c.evaluate(record, '2026-04-30', DEFAULT_CLOCK_SETTINGS));
    expect(evaluateClocks(record, '2026-04-30')).toEqual(oneByOne);
  });

  it('remembers nothing between calls, even for a record changed in place', () => {
    const episodes = [episode('2026-03-01')];
    const growing = recordWith({ careEpisodes: episodes });
    const before = evaluateClocks(growing, '2026-06-01').filter((o) => o.kind === 'cla-review-first-20wd');
    episodes.push(episode('2026-05-01', null, { reasonNewEpisode: 'S' }));
    const after = evaluateClocks(growing, '2026-06-01').filter((o) => o.kind === 'cla-review-first-20wd');
    expect([before.length, after.length]).toEqual([1, 2]);
  });

  it('gives an empty record no obligations', () => {
    expect(evaluateClocks(recordWith(), '2026-04-30')).toEqual([]);
  });
});
