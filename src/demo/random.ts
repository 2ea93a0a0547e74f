/**
 * A seeded pseudo-random source so a demo council is identical for the same seed. sfc32, with 128 bits
 * of state seeded by hashing (seed, stream) with splitmix32: every child draws from its own stream, and
 * with 128-bit state two streams never overlap in practice (a 32-bit generator did, giving two children
 * the same id). Not for anything secret.
 */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number, stream = 0) {
    this.a = splitmix32(seed ^ 0x2545f491);
    this.b = splitmix32(this.a ^ stream);
    this.c = splitmix32(this.b + stream * 0x27d4eb2d);
    this.d = splitmix32(this.c ^ seed);
    for (let i = 0; i < 12; i++) this.next();
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
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
  /** An independent stream for `salt` (e.g. a child's index), so one child's draws do not shift another's. */
  fork(salt: number): Random {
    return new Random(Math.floor(this.next() * 4294967296) ^ 0, salt);
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
