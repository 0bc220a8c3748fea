/**
 * The compiled dataset: `data/` validated once (load.ts, exactly as `npm run data:check` does)
 * and written with its search index into one file, `akhbar.snapshot` in the dataset's folder.
 * The server reads that file at start instead of parsing, validating and indexing the JSON.
 *
 * Layout: the 16-byte magic, a little-endian uint32 header length, the header (JSON: format,
 * the content hash of the data it was compiled from, the manifest, each content file's size and
 * modification time, where each section lies, and a SHA-1 of everything after the header), then
 * the sections, 8-byte aligned: the tables as JSON in chunks of CHUNK records (one string of a
 * whole large table would pass V8's string length limit at 100,000 articles), the search terms as
 * JSON, and the search offsets and postings as raw Int32Arrays.
 *
 * A snapshot is served only when it was compiled from the data as it is now: the content files'
 * sizes and times must match those recorded, or, when they do not, their content hash must. The
 * SHA-1 finds a damaged file (it guards against accidents, not tampering: the file is ours).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, statSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { buildDataset, type Dataset } from './dataset.js';
import { checkDataset, computeContentHash, contentFiles } from './load.js';
import { DatasetError } from './problems.js';
import { tables as tableSchemas, type ManifestRecord, type TableName, type Tables } from './records.js';
import type { SearchIndexData } from './search.js';

const SNAPSHOT_FILE = 'akhbar.snapshot';
const MAGIC = 'AKHBAR-SNAPSHOT\n';
/** Bump when the layout or what the dataset holds changes: an older snapshot is then recompiled. */
const FORMAT = 2;
const CHUNK = 5_000;

/** The snapshot of the dataset folder `dir`. */
export const snapshotPath = (dir: string) => join(dir, SNAPSHOT_FILE);

/** A snapshot that cannot be served: missing, damaged, of another format, or compiled from other data. */
export class SnapshotError extends Error {
  constructor(path: string, reason: string) {
    super(`snapshot ${path} ${reason}`);
    this.name = 'SnapshotError';
  }
}

/**
 * Reads and writes go 1 GiB at a time, and so does hashing: at 100,000 articles a snapshot is
 * about 3 GB, past what one readFileSync (2 GiB) or one Hash.update (2^31 bytes) takes.
 */
const IO_CHUNK = 2 ** 30;

function sha1(bytes: Buffer): string {
  const hash = createHash('sha1');
  for (let at = 0; at < bytes.length; at += IO_CHUNK) hash.update(bytes.subarray(at, at + IO_CHUNK));
  return hash.digest('hex');
}

function readWhole(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const file = Buffer.allocUnsafe(fstatSync(fd).size);
    for (let at = 0; at < file.length;) {
      const read = readSync(fd, file, at, Math.min(IO_CHUNK, file.length - at), at);
      if (read === 0) throw new Error(`${path} ended early`);
      at += read;
    }
    return file;
  } finally {
    closeSync(fd);
  }
}

type Section = readonly [offset: number, length: number];
/** A content file as it was when compiled: name, size in bytes, modification time (ms). */
type FileStamp = readonly [name: string, size: number, mtimeMs: number];

interface Header {
  format: number;
  version: string;
  manifest: ManifestRecord;
  files: FileStamp[];
  checksum: string;
  tables: Record<TableName, Section[]>;
  terms: Section;
  offsets: Section;
  postings: Section;
}

function stamps(dir: string): FileStamp[] {
  return contentFiles(dir).map((f) => {
    const path = join(dir, f);
    if (!existsSync(path)) return [f, -1, 0] as const;
    const s = statSync(path);
    return [f, s.size, s.mtimeMs] as const;
  });
}

/** Each part followed by the zeros that bring the next to a multiple of 8: the body's pieces, never joined in one buffer. */
function padded(parts: readonly Buffer[]): Buffer[] {
  return parts.flatMap((p) => (p.length % 8 === 0 ? [p] : [p, Buffer.alloc(8 - (p.length % 8))]));
}

/** Where each part lies when the body starts at `base`. */
function layout(parts: readonly Buffer[], base: number): Section[] {
  let at = base;
  return parts.map((p) => {
    const section = [at, p.length] as const;
    at += Math.ceil(p.length / 8) * 8;
    return section;
  });
}

/** Writes `pieces` to a new file at `path`, 1 GiB at a time. */
function writePieces(path: string, pieces: readonly Buffer[]): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces)
      for (let at = 0; at < piece.length; at += IO_CHUNK) writeSync(fd, piece, at, Math.min(IO_CHUNK, piece.length - at));
  } finally {
    closeSync(fd);
  }
}

/** Writes the snapshot of a dataset already checked and built from `dir` (atomically: a temporary file, then a rename). */
export function writeSnapshot(dataset: Dataset, dir: string, files: FileStamp[] = stamps(dir), out = snapshotPath(dir)): void {
  const names = Object.keys(tableSchemas) as TableName[];
  const parts: Buffer[] = [];
  const chunks = names.map((name) => {
    const all = dataset[name].all;
    const count = Math.max(1, Math.ceil(all.length / CHUNK));
    for (let i = 0; i < count; i++) parts.push(Buffer.from(JSON.stringify(all.slice(i * CHUNK, (i + 1) * CHUNK))));
    return count;
  });
  const { terms, offsets, postings } = dataset.searchData;
  parts.push(Buffer.from(JSON.stringify(terms)), Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength),
    Buffer.from(postings.buffer, postings.byteOffset, postings.byteLength));
  const body = padded(parts);
  const hash = createHash('sha1');
  for (const piece of body) for (let at = 0; at < piece.length; at += IO_CHUNK) hash.update(piece.subarray(at, at + IO_CHUNK));
  const checksum = hash.digest('hex');
  // The header's length depends on the offsets it records: lay out once to size it, then again.
  for (let base = 0; ;) {
    const at = layout(parts, base);
    let next = 0;
    const tables = Object.fromEntries(names.map((name, i) => [name, at.slice(next, (next += chunks[i]!))])) as Header['tables'];
    const header: Header = {
      format: FORMAT, version: dataset.version, manifest: dataset.manifest, files, checksum,
      tables, terms: at[next]!, offsets: at[next + 1]!, postings: at[next + 2]!,
    };
    const head = Buffer.from(JSON.stringify(header));
    const start = Math.ceil((MAGIC.length + 4 + head.length) / 8) * 8;
    if (start !== base) {
      base = start;
      continue;
    }
    const prefix = Buffer.alloc(start);
    prefix.write(MAGIC, 0, 'latin1');
    prefix.writeUInt32LE(head.length, MAGIC.length);
    head.copy(prefix, MAGIC.length + 4);
    const tmp = `${out}.${process.pid}.tmp`;
    writePieces(tmp, [prefix, ...body]);
    renameSync(tmp, out);
    return;
  }
}

/** The header of a snapshot whose first bytes are `head`; throws a SnapshotError when it is not one this code can read. */
function parseHeader(path: string, head: Buffer, fileLength: number): { header: Header; start: number } {
  if (head.length < MAGIC.length + 4 || head.toString('latin1', 0, MAGIC.length) !== MAGIC)
    throw new SnapshotError(path, 'is not an Akhbar snapshot (wrong magic bytes)');
  const length = head.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + length > Math.min(head.length, fileLength))
    throw new SnapshotError(path, 'is damaged: it is shorter than its header says (truncated?)');
  let header: Header;
  try {
    header = JSON.parse(head.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as Header;
  } catch {
    throw new SnapshotError(path, 'is damaged: its header is not readable');
  }
  if (header.format !== FORMAT) throw new SnapshotError(path, `has format ${header.format}; this code reads format ${FORMAT}`);
  if (endianness() !== 'LE') throw new SnapshotError(path, 'is little-endian; this machine is not');
  return { header, start: Math.ceil((MAGIC.length + 4 + length) / 8) * 8 };
}

/** Only the header of the snapshot at `path` (not its sections). */
function readHeader(path: string): Header {
  if (!existsSync(path)) throw new SnapshotError(path, 'does not exist');
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const prefix = Buffer.alloc(Math.min(size, MAGIC.length + 4));
    readSync(fd, prefix, 0, prefix.length, 0);
    const length = prefix.length === MAGIC.length + 4 ? prefix.readUInt32LE(MAGIC.length) : 0;
    const head = Buffer.alloc(Math.min(size, MAGIC.length + 4 + length));
    readSync(fd, head, 0, head.length, 0);
    return parseHeader(path, head, size).header;
  } finally {
    closeSync(fd);
  }
}

/**
 * Why the snapshot no longer matches the data in `dir`, or undefined when it does. Unchanged
 * sizes and times are taken as unchanged files (as make and git do); a changed one makes the
 * whole content hash be computed and compared.
 */
function staleness(header: Header, dir: string): string | undefined {
  const now = stamps(dir);
  const same = now.length === header.files.length
    && now.every((f, i) => f[0] === header.files[i]![0] && f[1] === header.files[i]![1] && f[2] === header.files[i]![2]);
  if (same) return undefined;
  const version = computeContentHash(dir);
  return version === header.version ? undefined : `was compiled from data hashing to ${header.version}, but ${dir} now hashes to ${version}`;
}

/** Reads the snapshot at `path` (of the data in `dir`, when given: then a stale one is refused) without re-validating. */
export function readSnapshot(path: string, dir?: string): Dataset {
  if (!existsSync(path)) throw new SnapshotError(path, 'does not exist');
  const file = readWhole(path);
  const { header, start } = parseHeader(path, file, file.length);
  const stale = dir === undefined ? undefined : staleness(header, dir);
  if (stale) throw new SnapshotError(path, `is stale: it ${stale}`);
  const sections = [...Object.values(header.tables).flat(), header.terms, header.offsets, header.postings];
  if (sections.some(([offset, length]) => offset < start || offset + length > file.length))
    throw new SnapshotError(path, 'is damaged: it is shorter than its header says (truncated?)');
  if (sha1(file.subarray(start)) !== header.checksum)
    throw new SnapshotError(path, 'is damaged: its checksum does not match its contents');
  const json = ([offset, length]: Section) => JSON.parse(file.toString('utf8', offset, offset + length)) as unknown;
  // Copied out of the file's buffer (a fast memcpy): a view would keep the whole file, tables' JSON and all, in memory.
  const ints = ([offset, length]: Section) => new Int32Array(file.buffer, file.byteOffset + offset, length / 4).slice();
  const tables = Object.fromEntries(Object.entries(header.tables)
    .map(([name, chunks]) => [name, chunks.flatMap((c) => json(c) as unknown[])])) as Tables;
  const search: SearchIndexData = { terms: json(header.terms) as string[], offsets: ints(header.offsets), postings: ints(header.postings) };
  return buildDataset(tables, header.manifest, header.version, { search, freeze: false });
}

/**
 * Validates the data in `dir` and compiles its snapshot; throws a DatasetError listing every
 * problem when the data is invalid (and then writes nothing).
 */
export function compileSnapshot(dir: string): Dataset {
  const files = stamps(dir);
  const { dataset, problems } = checkDataset(dir);
  if (!dataset) throw new DatasetError(problems);
  writeSnapshot(dataset, dir, files);
  return dataset;
}

/**
 * The dataset of `dir` for the server: its snapshot when that was compiled from the data as it
 * is now; otherwise (none yet, stale, damaged, older format) the data validated and compiled
 * again, saying so through `say`. Stale data is never served. A folder the server cannot write
 * to is served from the compiled dataset in memory, saying that too.
 */
export function openDataset(dir: string, say: (line: string) => void = console.error): Dataset {
  try {
    return readSnapshot(snapshotPath(dir), dir);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    say(`${error.message}: validating ${dir} and compiling it again`);
  }
  const files = stamps(dir);
  const { dataset, problems } = checkDataset(dir);
  if (!dataset) throw new DatasetError(problems);
  try {
    writeSnapshot(dataset, dir, files);
  } catch (error) {
    say(`could not write ${snapshotPath(dir)} (${(error as Error).message}): serving the data compiled in memory`);
  }
  return dataset;
}

/** True when the snapshot of `dir` can be served as it is (for a primary process deciding whether to compile before forking). */
export function snapshotIsFresh(dir: string): boolean {
  try {
    return staleness(readHeader(snapshotPath(dir)), dir) === undefined;
  } catch {
    return false;
  }
}
