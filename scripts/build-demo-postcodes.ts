/**
 * Picks real postcodes (ONS Postcode Directory, Nov 2025, OGL v3.0) for the demo council's homes and
 * placements: York (E06000014) for home addresses and in-area placements, and neighbouring councils
 * for out-of-area ones. Deterministic: every 97th live postcode of each district.
 * Run: npx tsx scripts/build-demo-postcodes.ts
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

const src = new URL('../../shared/reference/postcodes/onspd-nov-2025-subset.csv.gz', import.meta.url);
const WANT: Record<string, string> = {
  E06000014: 'home', // York
  E08000035: 'out', // Leeds
  E06000011: 'out', // East Riding of Yorkshire
  E06000065: 'out', // North Yorkshire
  E08000036: 'out', // Wakefield
};
const seen: Record<string, number> = {};
const out: Record<string, string[]> = { home: [], out: [] };
const rl = createInterface({ input: createReadStream(src).pipe(createGunzip()) });
for await (const line of rl) {
  const [pcd, laua, e] = line.split(',');
  if (!pcd || !laua || !e || !(laua in WANT)) continue;
  seen[laua] = (seen[laua] ?? 0) + 1;
  if ((seen[laua] as number) % 97 === 0) out[WANT[laua] as string]?.push(pcd.replace(/\s+/g, ' ').trim());
}
writeFileSync(
  new URL('../src/demo/data/postcodes.json', import.meta.url),
  `${JSON.stringify({ source: 'ONS Postcode Directory Nov 2025 (OGL v3.0), via scripts/build-demo-postcodes.ts', ...out }, null, 0)}\n`,
);
console.log(`home ${out.home?.length}, out of area ${out.out?.length}`);
