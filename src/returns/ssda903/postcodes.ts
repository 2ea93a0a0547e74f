/**
 * The ONS postcode table behind the SSDA903 derived columns: postcode -> district (LTLA), the
 * upper-tier council for children's services, and the Ordnance Survey grid reference.
 *
 * The data (data/postcodes.bin.br, built by scripts/build-postcodes.ts from the ONS Postcode
 * Directory, OGL v3.0) is ~7 MB; it is loaded lazily, once per process, only when a return has
 * Episodes to derive from, and only the blocks of postcodes a return uses are decoded.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliDecompress, brotliDecompressSync } from 'node:zlib';
import { sourcePath } from '../../core/paths.ts';

const FORMAT = 'kith-postcodes-2';
const brotliDecompressAsync = promisify(brotliDecompress);
/** Larger than the decompressed table (16 MB), so it comes out in one piece. */
const DECOMPRESS_CHUNK = 32 * 1024 * 1024;
const DATA_FILE = sourcePath('returns', 'ssda903', 'data', 'postcodes.bin.br');
/** The decompressed data's name beside the bundle (see `readUnpacked`; bin/bundle.js writes it). */
export const UNPACKED_FILE = './postcodes.bin';

export interface District {
  /** ONS local authority district code (LTLA), e.g. E07000245. */
  readonly code: string;
  /** Upper-tier council code from the April 2021 lookup, or null when the lookup has none. */
  readonly utla: string | null;
}

export interface PostcodeLocation {
  readonly district: District;
  /** Grid easting and northing in metres, or null when ONS gives no grid reference. */
  readonly easting: number | null;
  readonly northing: number | null;
}

export interface PostcodeTable {
  readonly source: string;
  readonly size: number;
  /** Look a postcode up as the DfE tool does: upper-cased, spaces removed; null when unknown. */
  find(postcode: string | null): PostcodeLocation | null;
  /** Up to `limit` located postcodes in one district, written 'YO10 3AA' (for generators and tests). */
  postcodesIn(districtCode: string, limit: number): string[];
}

/**
 * Base-37 key of a postcode without spaces (pad, 0-9, A-Z over 7 places; below 2^53), or -1 when it
 * cannot be a postcode. The build script uses the same encoding.
 */
export function postcodeKey(postcode: string): number {
  const s = postcode.replace(/ /g, '').toUpperCase();
  if (s.length < 2 || s.length > 7) return -1;
  let k = 0;
  for (let i = 0; i < 7; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    let d: number;
    if (c === 32) d = 0;
    else if (c >= 48 && c <= 57) d = c - 47;
    else if (c >= 65 && c <= 90) d = c - 54;
    else return -1;
    k = k * 37 + d;
  }
  return k;
}

function keyToPostcode(key: number): string {
  let s = '';
  let k = key;
  for (let i = 0; i < 7; i++) {
    const d = k % 37;
    k = Math.floor(k / 37);
    s = (d === 0 ? '' : d <= 10 ? String.fromCharCode(d + 47) : String.fromCharCode(d + 54)) + s;
  }
  // Written as people write it: outward code, one space, the 3-character inward code.
  return `${s.slice(0, -3)} ${s.slice(-3)}`;
}

interface Meta {
  format: string;
  source: string;
  count: number;
  districts: District[];
  block: number;
  blocks: number;
}

interface Block {
  readonly keys: Float64Array;
  readonly districts: Uint16Array;
  /** Easting and northing pairs; -1 where ONS gives no grid reference. */
  readonly coords: Int32Array;
}

/**
 * Unpack the table (see scripts/build-postcodes.ts for the layout). Only the block index is read
 * here; a block of 256 postcodes is decoded the first time a look-up lands in it, so a return
 * touching a few thousand postcodes costs a few milliseconds, not a decode of 2.7 million.
 */
export function decodePostcodes(packed: Uint8Array): PostcodeTable {
  return unpackPostcodes(brotliDecompressSync(packed));
}

/** The table from the decompressed data (see `decodePostcodes`). */
function unpackPostcodes(raw: Buffer): PostcodeTable {
  const metaLength = raw.readUInt32LE(0);
  const meta = JSON.parse(raw.subarray(4, 4 + metaLength).toString('utf8')) as Meta;
  if (meta.format !== FORMAT) throw new Error(`postcode data is ${meta.format}, expected ${FORMAT}`);
  const nBlocks = meta.blocks;
  const indexAt = 4 + metaLength;
  const firstKeys = new Float64Array(nBlocks);
  const offsets = new Uint32Array(nBlocks + 1);
  for (let b = 0; b < nBlocks; b++) firstKeys[b] = raw.readDoubleLE(indexAt + b * 8);
  for (let b = 0; b <= nBlocks; b++) offsets[b] = raw.readUInt32LE(indexAt + nBlocks * 8 + b * 4);
  const dataAt = indexAt + nBlocks * 8 + (nBlocks + 1) * 4;
  if (dataAt + (offsets[nBlocks] as number) !== raw.length)
    throw new Error('postcode data is corrupt (length mismatch)');
  const districts = meta.districts;
  const blocks: (Block | undefined)[] = new Array(nBlocks);

  const decodeBlock = (b: number): Block => {
    const cached = blocks[b];
    if (cached) return cached;
    const n = Math.min(meta.block, meta.count - b * meta.block);
    let p = dataAt + (offsets[b] as number);
    const varint = (): number => {
      let v = 0;
      let mul = 1;
      for (;;) {
        const byte = raw[p++] as number;
        v += (byte & 127) * mul;
        if (byte < 128) return v;
        mul *= 128;
      }
    };
    const unzigzag = (v: number): number => (v % 2 === 0 ? v / 2 : -(v + 1) / 2);
    const keys = new Float64Array(n);
    const ds = new Uint16Array(n);
    const coords = new Int32Array(n * 2);
    let key = firstKeys[b] as number;
    for (let i = 0; i < n; i++) {
      key += varint();
      keys[i] = key;
    }
    for (let i = 0; i < n; i++) ds[i] = varint();
    let e = 0;
    let nn = 0;
    for (let i = 0; i < n; i++) {
      const first = varint();
      if (first === 0) {
        coords[i * 2] = -1;
        coords[i * 2 + 1] = -1;
        continue;
      }
      e += unzigzag(first - 1);
      nn += unzigzag(varint());
      coords[i * 2] = e;
      coords[i * 2 + 1] = nn;
    }
    const block = { keys, districts: ds, coords };
    blocks[b] = block;
    return block;
  };

  /** The block whose key range holds `k`: the last block starting at or before it. */
  const blockOf = (k: number): number => {
    let lo = 0;
    let hi = nBlocks - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((firstKeys[mid] as number) <= k) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  const locate = (block: Block, i: number): PostcodeLocation => {
    const e = block.coords[i * 2] as number;
    return {
      district: districts[block.districts[i] as number] as District,
      easting: e >= 0 ? e : null,
      northing: e >= 0 ? (block.coords[i * 2 + 1] as number) : null,
    };
  };

  return {
    source: meta.source,
    size: meta.count,
    find(postcode) {
      if (postcode === null) return null;
      const k = postcodeKey(postcode);
      if (k < 0) return null;
      const b = blockOf(k);
      if (b < 0) return null;
      const block = decodeBlock(b);
      let lo = 0;
      let hi = block.keys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = block.keys[mid] as number;
        if (v === k) return locate(block, mid);
        if (v < k) lo = mid + 1;
        else hi = mid - 1;
      }
      return null;
    },
    postcodesIn(districtCode, limit) {
      const d = districts.findIndex((x) => x.code === districtCode);
      const out: string[] = [];
      if (d < 0) return out;
      for (let b = 0; b < nBlocks && out.length < limit; b++) {
        const block = decodeBlock(b);
        for (let i = 0; i < block.keys.length && out.length < limit; i++) {
          if (block.districts[i] === d && (block.coords[i * 2] as number) >= 0) {
            out.push(keyToPostcode(block.keys[i] as number));
          }
        }
      }
      return out;
    },
  };
}

let loaded: PostcodeTable | null = null;
let loading: Promise<PostcodeTable> | null = null;
let sharing: Promise<SharedArrayBuffer> | null = null;

/**
 * The table's data as `bin/bundle.js` leaves it beside the bundle it builds, decompressed (16 MB), so
 * the command reads it in a few milliseconds instead of decompressing it (~0.1 s of CPU); null
 * when there is none (running from the sources).
 */
function readUnpacked(): SharedArrayBuffer | null {
  const path = new URL(UNPACKED_FILE, import.meta.url);
  if (path.protocol !== 'file:') return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const shared = new SharedArrayBuffer(size);
    const view = Buffer.from(shared);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, view, at, size - at, at);
      if (n === 0) throw new Error(`${UNPACKED_FILE} ended early`);
      at += n;
    }
    return shared;
  } finally {
    closeSync(fd);
  }
}

/** The shipped postcode table, unpacked on first use and kept for the life of the process. */
export function postcodeTable(): PostcodeTable {
  if (!loaded) {
    const unpacked = readUnpacked();
    loaded = unpacked ? unpackPostcodes(Buffer.from(unpacked)) : decodePostcodes(readFileSync(DATA_FILE));
  }
  return loaded;
}

/**
 * The shipped table's data, decompressed off the main thread (libuv's pool) into memory that worker
 * threads can share: a return validated on several threads decompresses it once (~0.1 s), not once
 * per thread, and holds it once (16 MB).
 */
export function postcodeBytesShared(): Promise<SharedArrayBuffer> {
  if (!sharing) {
    // The 7 MB file is read at once, and decompressed in one step of libuv's pool (the default 16 KB
    // output chunks each wait for this thread's event loop, which a return being read keeps busy).
    // Started here, not in a promise callback: the caller goes on to read synchronously.
    let packed: Buffer;
    try {
      const unpacked = readUnpacked();
      if (unpacked) {
        sharing = Promise.resolve(unpacked);
        return sharing;
      }
      packed = readFileSync(DATA_FILE);
    } catch (e) {
      return Promise.reject(e);
    }
    sharing = brotliDecompressAsync(packed, { chunkSize: DECOMPRESS_CHUNK }).then((raw) => {
      const shared = new SharedArrayBuffer(raw.length);
      raw.copy(Buffer.from(shared));
      return shared;
    });
    // A failure is reported by the caller that awaits; the next call tries again.
    sharing.catch(() => {
      sharing = null;
    });
  }
  return sharing;
}

/** The shipped table from data another thread shared (`postcodeBytesShared`). */
export function postcodeTableFromShared(shared: SharedArrayBuffer): PostcodeTable {
  loaded ??= unpackPostcodes(Buffer.from(shared));
  return loaded;
}

/**
 * The shipped postcode table, decompressed off the main thread, so a caller can start it and read a
 * return's files meanwhile.
 */
export function postcodeTableAsync(): Promise<PostcodeTable> {
  if (loaded) return Promise.resolve(loaded);
  if (!loading) {
    loading = postcodeBytesShared().then(postcodeTableFromShared);
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
