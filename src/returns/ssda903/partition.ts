/**
 * Splitting a 903 return by child, so that a large return is read and validated on several threads
 * at once: each thread keeps only the rows of its own children, in every table, and runs the rules on
 * them. A child's rows always land in the same part, so every rule that looks at one child at a time
 * (all but those marked `acrossChildren`) finds exactly what it finds on the whole return; rows with
 * no CHILD all go to part 0, so rules that match a missing CHILD to a missing CHILD still can.
 *
 * The part is a hash of the CHILD id as the reader leaves it (trimmed, upper-cased), so it is the same
 * whichever table or year the row is in. Part 0 (the thread that started the others, which begins
 * work while they are still starting up) takes a slightly larger share.
 */
import type { Cell } from '../common/table.ts';

export interface Partition903 {
  /** This part, 0 .. count - 1. */
  readonly index: number;
  /** How many parts the return is split into. */
  readonly count: number;
}

/** Hash slots; each part owns a run of them. */
const SLOTS = 1024;
/**
 * Part 0's share over each other part's: another thread takes ~0.2-0.3 s to start (its isolate and
 * the validator's code) before it reads anything, and part 0's thread is not slowed by V8's
 * background compiles of other threads' code. Measured on two cores at 100,000 children: with 1.5 the
 * other part arrives within ~0.05 s of this thread finishing its own.
 */
const FIRST_PART_WEIGHT = 1.5;

/** The first slot of each part, and SLOTS at the end, per part count (made once per count). */
const bounds = new Map<number, Int32Array>();
function boundsFor(count: number): Int32Array {
  let b = bounds.get(count);
  if (!b) {
    b = new Int32Array(count + 1);
    const total = FIRST_PART_WEIGHT + (count - 1);
    for (let p = 1; p <= count; p++) b[p] = Math.round((SLOTS * (FIRST_PART_WEIGHT + (p - 1))) / total);
    bounds.set(count, b);
  }
  return b;
}

/** The share of children a part takes (its slots over all). */
export function partShare(partition: Partition903): number {
  const b = boundsFor(partition.count);
  return ((b[partition.index + 1] as number) - (b[partition.index] as number)) / SLOTS;
}

function partOfHash(h: number, count: number): number {
  const slot = (h >>> 0) % SLOTS;
  const b = boundsFor(count);
  let p = 0;
  while (slot >= (b[p + 1] as number)) p++;
  return p;
}

/** The part a (normalised) CHILD id belongs to: FNV-1a over its UTF-16 code units. */
export function partOfChild(child: Cell, count: number): number {
  if (child === null || count <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < child.length; i++) h = Math.imul(h ^ child.charCodeAt(i), 0x01000193);
  return partOfHash(h, count);
}

/**
 * The part of the CHILD cell `text.slice(start, end)` straight from the CSV text, without copying
 * it, when the cell is plain printable ASCII with no surrounding space (as ids are): the same hash
 * as `partOfChild` of the upper-cased cell. -1 when the cell needs the reader's full normalising.
 */
export function partOfAsciiCell(text: string, start: number, end: number, count: number): number {
  if (start >= end || count <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let ch = text.charCodeAt(i);
    if (ch <= 32 || ch > 126) return -1;
    if (ch >= 97 && ch <= 122) ch -= 32;
    h = Math.imul(h ^ ch, 0x01000193);
  }
  return partOfHash(h, count);
}
