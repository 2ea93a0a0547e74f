/**
 * Builds src/returns/ssda903/data/postcodes.bin.br, the compact postcode table the SSDA903 derived
 * columns (PL_LA, PL_LOCATION, PL_DISTANCE) are computed from, out of the ONS files in
 * ../shared/reference/postcodes/ (ONS Postcode Directory Nov 2025 subset and the April 2021
 * LTLA -> UTLA lookup; Office for National Statistics, Open Government Licence v3.0).
 *
 * The 20 MB gzip CSV (2.7M postcodes) becomes ~7 MB: postcodes sorted by a base-37 key, in blocks
 * of 256 stored column by column as varint deltas (neighbouring postcodes are neighbours on the
 * ground, so the easting/northing deltas are small), then Brotli-compressed. The layout is read by
 * src/returns/ssda903/postcodes.ts; change both together and bump FORMAT there and here.
 *
 * Run: npx tsx scripts/build-postcodes.ts
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { brotliCompressSync, constants, createGunzip } from 'node:zlib';

const FORMAT = 'kith-postcodes-2';
const ref = new URL('../../shared/reference/postcodes/', import.meta.url);
const out = new URL('../src/returns/ssda903/data/postcodes.bin.br', import.meta.url);

/** Same encoding as postcodes.ts: 7 characters, space padded, base 37 (pad, 0-9, A-Z). */
function postcodeKey(abbr: string): number {
  if (abbr.length < 2 || abbr.length > 7) return -1;
  let k = 0;
  for (let i = 0; i < 7; i++) {
    const c = i < abbr.length ? abbr.charCodeAt(i) : 32;
    let d: number;
    if (c === 32) d = 0;
    else if (c >= 48 && c <= 57) d = c - 47;
    else if (c >= 65 && c <= 90) d = c - 54;
    else return -1;
    k = k * 37 + d;
  }
  return k;
}

class Bytes {
  private buf = new Uint8Array(1 << 20);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  varint(v: number): void {
    // Unsigned LEB128 over non-negative integers up to 2^53 (postcode keys exceed 2^32).
    this.room(8);
    let x = v;
    while (x >= 128) {
      this.buf[this.length++] = (x % 128) | 128;
      x = Math.floor(x / 128);
    }
    this.buf[this.length++] = x;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

const zigzag = (v: number): number => (v >= 0 ? v * 2 : -v * 2 - 1);

interface Entry {
  key: number;
  la: number;
  east: number;
  north: number;
}

const utla = new Map<string, string>();
const lookupText = readFileSync(new URL('ltla-to-utla-2021.csv', ref), 'utf8').replace(/^\uFEFF/, '');
for (const line of lookupText.split(/\r?\n/).slice(1)) {
  const [, ltla, , ut] = line.split(',');
  if (ltla && ut) utla.set(ltla, ut);
}

const laCodes: string[] = [];
const laIndex = new Map<string, number>();
const entries: Entry[] = [];
let skipped = 0;
const rl = createInterface({
  input: createReadStream(new URL('onspd-nov-2025-subset.csv.gz', ref)).pipe(createGunzip()),
});
let header = true;
for await (const line of rl) {
  if (header) {
    header = false;
    if (line.trim() !== 'pcd,laua,oseast1m,osnrth1m') throw new Error(`unexpected header: ${line}`);
    continue;
  }
  const [pcd, laua, e, n] = line.split(',');
  if (!pcd) continue;
  // A postcode with no district ('nan') behaves exactly like an unknown one downstream: leave it out.
  if (!laua || laua === 'nan') {
    skipped++;
    continue;
  }
  const key = postcodeKey(pcd.replace(/ /g, ''));
  if (key < 0) throw new Error(`unexpected postcode ${pcd}`);
  let la = laIndex.get(laua);
  if (la === undefined) {
    la = laCodes.length;
    laCodes.push(laua);
    laIndex.set(laua, la);
  }
  const east = e === undefined || e === 'nan' || e === '' ? -1 : Math.round(Number(e));
  const north = n === undefined || n === 'nan' || n === '' ? -1 : Math.round(Number(n));
  entries.push({
    key,
    la,
    east: east < 0 || north < 0 ? -1 : east,
    north: east < 0 || north < 0 ? -1 : north,
  });
}
entries.sort((a, b) => a.key - b.key);
for (let i = 1; i < entries.length; i++) {
  if ((entries[i] as Entry).key === (entries[i - 1] as Entry).key) throw new Error('duplicate postcode key');
}

// Blocks of BLOCK postcodes, each decodable alone, so a return that uses a few thousand postcodes
// unpacks a few hundred blocks rather than all 2.7 million entries. Within a block, column by
// column: key deltas, district indexes, then coordinates, where 0 marks "no grid reference" and
// otherwise zigzag(delta from the last located postcode) + 1, so the small steps between
// neighbouring postcodes stay one or two bytes.
const BLOCK = 256;
const data = new Bytes();
const firstKeys: number[] = [];
const offsets: number[] = [];
for (let b = 0; b < entries.length; b += BLOCK) {
  const block = entries.slice(b, b + BLOCK);
  firstKeys.push((block[0] as Entry).key);
  offsets.push(data.length);
  let prevKey = (block[0] as Entry).key;
  for (const x of block) {
    data.varint(x.key - prevKey);
    prevKey = x.key;
  }
  for (const x of block) data.varint(x.la);
  let prevE = 0;
  let prevN = 0;
  for (const x of block) {
    if (x.east < 0) {
      data.varint(0);
      continue;
    }
    data.varint(zigzag(x.east - prevE) + 1);
    data.varint(zigzag(x.north - prevN));
    prevE = x.east;
    prevN = x.north;
  }
}
offsets.push(data.length);
// The block index: first key of each block (8 bytes) and where its bytes start (4 bytes).
const index = Buffer.alloc(firstKeys.length * 8 + offsets.length * 4);
for (let i = 0; i < firstKeys.length; i++) index.writeDoubleLE(firstKeys[i] as number, i * 8);
for (let i = 0; i < offsets.length; i++)
  index.writeUInt32LE(offsets[i] as number, firstKeys.length * 8 + i * 4);

const meta = {
  format: FORMAT,
  source:
    'ONS Postcode Directory (November 2025 subset) and LTLA to UTLA lookup (April 2021), Office for ' +
    'National Statistics, Open Government Licence v3.0; built by scripts/build-postcodes.ts',
  count: entries.length,
  // Per district: its code and the upper-tier council (children's services) the 2021 lookup names.
  districts: laCodes.map((code) => ({ code, utla: utla.get(code) ?? null })),
  block: BLOCK,
  blocks: firstKeys.length,
};
const metaBytes = Buffer.from(JSON.stringify(meta), 'utf8');
const head = Buffer.alloc(4);
head.writeUInt32LE(metaBytes.length);
const raw = Buffer.concat([head, metaBytes, index, data.bytes()]);
const packed = brotliCompressSync(raw, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
  },
});
writeFileSync(out, packed);
console.log(
  `${entries.length} postcodes (${skipped} without a district left out), ${laCodes.length} districts; ` +
    `${(raw.length / 1e6).toFixed(1)} MB raw, ${(packed.length / 1e6).toFixed(2)} MB written to ${out.pathname}`,
);
