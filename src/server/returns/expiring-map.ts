/**
 * A small in-memory map whose entries expire, bounded in count and in total weight, for what the
 * returns pages keep between requests (a validation's findings, a form's errors). There are no
 * sessions yet, and nothing here may outlive a short visit: uploaded returns describe children, so
 * their findings are held briefly, in this process only, and never written to disk.
 */
export interface ExpiringMapOptions {
  readonly ttlMs: number;
  readonly maxEntries: number;
  /** Largest total weight (e.g. findings held); the oldest entries go first to stay under it. */
  readonly maxWeight?: number;
  readonly now?: () => number;
}

interface Entry<T> {
  readonly value: T;
  readonly expires: number;
  readonly weight: number;
}

export class ExpiringMap<T> {
  // A Map iterates in insertion order, so the first entry is always the oldest.
  private readonly entries = new Map<string, Entry<T>>();
  private weight = 0;
  private readonly now: () => number;

  constructor(private readonly options: ExpiringMapOptions) {
    this.now = options.now ?? Date.now;
  }

  set(key: string, value: T, weight = 1): void {
    this.sweep();
    this.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.options.ttlMs, weight });
    this.weight += weight;
    const maxWeight = this.options.maxWeight ?? Number.POSITIVE_INFINITY;
    // Keep the newest entry even when it alone is over the weight: the person who just asked for it
    // is the one waiting; older entries are dropped instead.
    while (
      this.entries.size > 1 &&
      (this.entries.size > this.options.maxEntries || this.weight > maxWeight)
    ) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.now()) {
      this.delete(key);
      return undefined;
    }
    return e.value;
  }

  /** Get and remove: for values shown once (a form's errors after a redirect). */
  take(key: string): T | undefined {
    const value = this.get(key);
    this.delete(key);
    return value;
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.weight -= e.weight;
  }

  get size(): number {
    this.sweep();
    return this.entries.size;
  }

  /** Drop expired entries, so memory is released even when nobody asks for them again. */
  private sweep(): void {
    const now = this.now();
    for (const [key, e] of this.entries) if (e.expires <= now) this.delete(key);
  }
}
