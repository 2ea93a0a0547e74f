/**
 * Receives the upload form (multipart) into a temporary folder the caller owns and always deletes.
 * Files are streamed to disk, never held whole in memory, and counted as they arrive so a request
 * over the limits is stopped part way rather than after it has filled the disk.
 *
 * The CSRF token is a form field, and a multipart body can only be read in order, so the token must
 * come before the first file (the form puts it first); no file is written until it has been checked.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { FIELDS, type UploadedFile } from './form.ts';

export interface UploadLimits {
  /** Most files in one request (a 903 return has 12 tables, and last year's may come too). */
  readonly maxFiles: number;
  /** Most bytes of all files together. */
  readonly maxTotalBytes: number;
}

export type RefusalReason = 'not-multipart' | 'too-many-files' | 'too-large' | 'bad-form' | 'csrf';

/** The request was refused as a whole (not a mistake in a field, which the form reports). */
export class UploadRefused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`upload refused: ${reason}`);
  }
}

export interface Upload {
  readonly fields: ReadonlyMap<string, string>;
  readonly files: readonly UploadedFile[];
}

const FILE_FIELDS: ReadonlySet<string> = new Set(['files903', 'previous903', 'fileCin']);
const TEXT_FIELDS: ReadonlySet<string> = new Set([...FIELDS.filter((f) => !FILE_FIELDS.has(f)), '_csrf']);

/**
 * A file's own name without any folder (old browsers send the full Windows path), without control
 * characters, and short enough for any file system; it is shown back to the person as they know it.
 */
export function cleanFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const printable = [...last].filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f).join('');
  const name = printable.trim().slice(-150);
  return name === '' || name === '.' || name === '..' ? 'file' : name;
}

const MULTIPART_LIMIT_CODES: Record<string, RefusalReason> = {
  FST_FILES_LIMIT: 'too-many-files',
  FST_REQ_FILE_TOO_LARGE: 'too-large',
  FST_PARTS_LIMIT: 'bad-form',
  FST_FIELDS_LIMIT: 'bad-form',
  FST_PROTO_VIOLATION: 'bad-form',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'not-multipart',
};

/**
 * A request's private temporary folder (mode 0700), made only when the first file arrives, so a
 * refused request never touches the disk; `remove` deletes it and everything in it.
 */
export class TempFolder {
  private made: Promise<string> | null = null;

  path(): Promise<string> {
    this.made ??= mkdtemp(join(tmpdir(), 'kith-upload-'));
    return this.made;
  }

  async remove(): Promise<void> {
    if (!this.made) return;
    const dir = await this.made.catch(() => null);
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Read the form into the request's temporary folder. `checkToken` is called once with the CSRF
 * field's value (or undefined when the form has none) before any file is written; when it returns
 * false the upload stops.
 */
export async function receiveUpload(
  req: FastifyRequest,
  temp: TempFolder,
  limits: UploadLimits,
  checkToken: (token: string | undefined) => boolean,
): Promise<Upload> {
  if (!req.isMultipart()) throw new UploadRefused('not-multipart');
  const fields = new Map<string, string>();
  const files: UploadedFile[] = [];
  let tokenChecked = false;
  const check = (token: string | undefined) => {
    tokenChecked = true;
    if (!checkToken(token)) throw new UploadRefused('csrf');
  };
  let total = 0;
  try {
    const parts = req.parts({
      limits: {
        files: limits.maxFiles,
        fileSize: limits.maxTotalBytes,
        fields: TEXT_FIELDS.size + 4,
        fieldSize: 1_000,
        parts: limits.maxFiles + TEXT_FIELDS.size + 4,
      },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.fieldname === '_csrf' && !tokenChecked) check(String(part.value));
        else if (TEXT_FIELDS.has(part.fieldname)) fields.set(part.fieldname, String(part.value));
        continue;
      }
      if (!tokenChecked) check(undefined);
      // A file input left empty is sent as a part with no name and no bytes.
      if (part.filename === '' || !FILE_FIELDS.has(part.fieldname)) {
        await finished(part.file.resume());
        continue;
      }
      const name = cleanFileName(part.filename);
      // One folder per file keeps each file's own name, which the readers quote in their messages.
      const folder = join(await temp.path(), String(files.length));
      await mkdir(folder);
      const path = join(folder, name);
      let bytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          total += chunk.length;
          if (total > limits.maxTotalBytes) done(new UploadRefused('too-large'));
          else done(null, chunk);
        },
      });
      await pipeline(part.file, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
      if (part.file.truncated) throw new UploadRefused('too-large');
      files.push({ field: part.fieldname, name, path, bytes });
    }
  } catch (e) {
    if (e instanceof UploadRefused) throw e;
    const code = (e as { code?: unknown }).code;
    const reason = typeof code === 'string' ? MULTIPART_LIMIT_CODES[code] : undefined;
    if (reason) throw new UploadRefused(reason);
    throw e;
  }
  if (!tokenChecked) check(undefined);
  return { fields, files };
}
