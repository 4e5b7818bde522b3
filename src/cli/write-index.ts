import { closeSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { createGzip } from 'node:zlib';
import type { LeaderlensIndex } from '../index-data/format';
import { jsonChunks } from './json-chunks';

export interface WrittenIndex {
  bytes: number;
  /**
   * The size gzipped, or null for an index over {@link GZIP_MEASURED_UP_TO} bytes, or one that
   * replaces such an index (the size of the one it replaces is the guess made before writing).
   */
  gzipBytes: number | null;
}

/**
 * Indexes up to this size have their gzip size measured. Gzipping 200 MB (a 10k-article corpus)
 * takes about 4 s of CPU, more than everything else an incremental build does; a number for the
 * reader is not worth that on every build.
 */
export const GZIP_MEASURED_UP_TO = 64 * 1024 * 1024;

/** Pieces are gathered up to this size before each write (and each hand-over to gzip). */
const BATCH_BYTES = 1 << 20;

/**
 * Writes the index as compact JSON (no indentation: it is read by code, and size is what the
 * extension pays) and reports its size raw and gzipped, as a store package would compress it.
 * Written in pieces (json-chunks.ts), never as one string, and gzipped on the side (zlib works on
 * its own threads while the next pieces are made), so a 10k-article index costs a few MB of
 * memory to write, not three copies of itself. The file appears whole or not at all: it is
 * written beside its place and renamed into it.
 */
export async function writeIndex(index: LeaderlensIndex, file: string): Promise<WrittenIndex> {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  // The index this one replaces tells whether this one will be measured: gzipping its first
  // 64 MiB only to stop there would cost a second of CPU for nothing.
  let gzip: ReturnType<typeof createGzip> | null = sizeOf(file) > GZIP_MEASURED_UP_TO ? null : createGzip();
  const measuring = gzip !== null;
  let gzipBytes = 0;
  const gzipped = new Promise<void>((resolve, reject) => {
    if (!gzip) return resolve();
    gzip.on('data', (chunk: Buffer) => (gzipBytes += chunk.length));
    gzip.on('end', resolve);
    gzip.on('close', resolve);
    gzip.on('error', reject);
  });
  const fd = openSync(temp, 'w');
  let bytes = 0;
  try {
    let batch: string[] = [];
    let batchLength = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const buffer = Buffer.from(batch.join(''), 'utf8');
      batch = [];
      batchLength = 0;
      writeSync(fd, buffer);
      bytes += buffer.length;
      if (gzip && bytes > GZIP_MEASURED_UP_TO) {
        // Too large to be worth measuring: stop gzipping what was given so far.
        gzip.destroy();
        gzip = null;
      }
      // Wait for gzip to take it when it falls behind, so its queue stays a few batches long.
      if (gzip && !gzip.write(buffer)) await new Promise<void>((resolve) => gzip!.once('drain', resolve));
    };
    for (const piece of jsonChunks(index, { depth: 2 })) {
      batch.push(piece);
      batchLength += piece.length;
      if (batchLength >= BATCH_BYTES) await flush();
    }
    await flush();
  } finally {
    closeSync(fd);
    gzip?.end();
  }
  const measured = measuring && gzip !== null;
  await gzipped;
  renameSync(temp, file);
  return { bytes, gzipBytes: measured ? gzipBytes : null };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
