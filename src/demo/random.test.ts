import { describe, expect, it } from 'vitest';
import { Random } from './random.ts';

describe('demo random source', () => {
  it('is deterministic for a seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(new Random(43).next()).not.toBe(new Random(42).next());
  });

  it('gives every child stream distinct ids (no overlapping streams)', () => {
    const root = new Random(1);
    const ids = new Set<string>();
    let n = 0;
    for (let child = 0; child < 20_000; child++) {
      const r = root.fork(1000 + child);
      for (let k = 0; k < 10; k++) {
        ids.add(r.uuid());
        n++;
      }
    }
    expect(ids.size).toBe(n);
  });

  it('makes well-formed version 4 UUIDs', () => {
    const r = new Random(7);
    for (let i = 0; i < 100; i++)
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
