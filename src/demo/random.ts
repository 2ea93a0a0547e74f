/**
 * A seeded pseudo-random source (mulberry32) so a demo council is identical for the same seed.
 * Not for anything secret.
 */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Pick by weight: `[[value, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return (items.at(-1) as readonly [T, number])[0];
  }
  /** Exponential with the given mean (for waiting times and durations). */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
  /** A child stream, so one child's draws do not shift another's. */
  fork(salt: number): Random {
    return new Random(Math.imul(this.state ^ salt, 2654435761) ^ (salt * 40503));
  }
  /** A deterministic UUID (v4 layout) from this stream. */
  uuid(): string {
    const h = () =>
      Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    const a = h();
    const b = h();
    const c = h();
    const d = h();
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((Number.parseInt(c[0] as string, 16) & 3) | 8).toString(16)}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
}
