import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LeaderlensIndex } from '../index-data/format';

export interface WrittenIndex {
  bytes: number;
  gzipBytes: number;
}

/**
 * Writes the index as compact JSON (no indentation: it is read by code, and size is what the
 * extension pays) and reports its size raw and gzipped, as a store package would compress it.
 */
export function writeIndex(index: LeaderlensIndex, file: string): WrittenIndex {
  const json = JSON.stringify(index);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
  const raw = Buffer.from(json, 'utf8');
  return { bytes: raw.length, gzipBytes: gzipSync(raw).length };
}
