/**
 * How fast this machine is right now: a fixed, memory-bound piece of work (a Map of a million string
 * keys, built and read three times, then a pass over 80 MB of doubles), timed. On a shared virtual
 * machine the same code runs ±15-25% faster or slower from one quarter of an hour to the next, and
 * this figure, printed beside a benchmark, says which kind of quarter of an hour it was.
 *
 * Usage: npx tsx bench/machine-speed.ts   (prints milliseconds; lower is faster)
 */
export function machineSpeedMs(): number {
  const t0 = performance.now();
  let sum = 0;
  for (let round = 0; round < 3; round++) {
    const m = new Map<string, number>();
    for (let i = 0; i < 1e6; i++) m.set(`k${i}`, i);
    for (let i = 0; i < 1e6; i++) sum += m.get(`k${(i * 7) % 1e6}`) ?? 0;
  }
  const a = new Float64Array(1e7);
  for (let round = 0; round < 20; round++)
    for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) * 1.0001 + i;
  if (sum < 0 || Number.isNaN(a[1] as number)) throw new Error('unreachable');
  return Math.round(performance.now() - t0);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(machineSpeedMs());
