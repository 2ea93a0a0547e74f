/**
 * Growable columns for state kept over a whole return while it is checked in batches (run.ts,
 * across.ts). They grow by adding fixed-size chunks, never by copying into a bigger array: a grown
 * array leaves its old copies behind, and over a 100k-child return (~300k findings, kept as such
 * columns) those copies were more memory than the columns themselves. Numbers are stored in the
 * narrowest typed array that holds every value so far: 1, 2 or 4 bytes for whole numbers, 8 for any
 * other, where a JS array costs 8 bytes a value.
 */
const CHUNK = 1024;
const SHIFT = 10;

/** A growable list of values of any type, in chunks. */
export class ValueColumn<T> {
  length = 0;
  private readonly chunks: T[][] = [];

  get(i: number): T {
    return (this.chunks[i >> SHIFT] as T[])[i & (CHUNK - 1)] as T;
  }

  push(v: T): void {
    const at = this.length & (CHUNK - 1);
    if (at === 0) this.chunks.push([]);
    (this.chunks[this.chunks.length - 1] as T[])[at] = v;
    this.length++;
  }

  /** A copy of the values, as an array. */
  toArray(): T[] {
    return this.chunks.flat();
  }
}

type Store = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** The largest value each width holds (a Float64Array holds any number exactly). */
const WIDEST: readonly number[] = [0xff, 0xffff, 0xffff_ffff, Number.POSITIVE_INFINITY];

function store(width: number): Store {
  if (width === 0) return new Uint8Array(CHUNK);
  if (width === 1) return new Uint16Array(CHUNK);
  if (width === 2) return new Uint32Array(CHUNK);
  return new Float64Array(CHUNK);
}

/** A growable list of numbers, in chunks of the narrowest typed array that holds them all. */
export class NumberColumn {
  length = 0;
  private chunks: Store[] = [];
  /** Index into WIDEST of the chunks' width. */
  private width = 0;
  /** WIDEST[width], at hand for the check on every push. */
  private widest = WIDEST[0] as number;

  get(i: number): number {
    return (this.chunks[i >> SHIFT] as Store)[i & (CHUNK - 1)] as number;
  }

  push(v: number): void {
    if (!(v >= 0 && v <= this.widest && Number.isInteger(v)) && this.width < 3) this.widen(v);
    const at = this.length & (CHUNK - 1);
    if (at === 0) this.chunks.push(store(this.width));
    (this.chunks[this.chunks.length - 1] as Store)[at] = v;
    this.length++;
  }

  /** A copy of the values, sorted ascending. */
  sorted(): Float64Array {
    const out = new Float64Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    return out.sort();
  }

  private fits(width: number, v: number): boolean {
    return width === 3 || (Number.isInteger(v) && v >= 0 && v <= (WIDEST[width] as number));
  }

  private widen(v: number): void {
    let width = this.width + 1;
    while (!this.fits(width, v)) width++;
    this.chunks = this.chunks.map((old) => {
      const wider = store(width);
      wider.set(old);
      return wider;
    });
    this.width = width;
    this.widest = WIDEST[width] as number;
  }
}
