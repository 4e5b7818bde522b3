import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutKeysFile, readLayoutKeys, writeLayoutKeys } from '../../src/cli/layout-keys';
import type { LayoutKeys } from '../../src/index-data/index-layout';

const keys: LayoutKeys = {
  articles: new Map([
    ['bài-một', 'key-a'],
    ['b', 'key-b'],
  ]),
  meetings: new Map([['m-1', 'key-m']]),
  leaders: new Map([['to-lam', ['lists-1', 'inputs-1', 1234] as const]]),
  chunks: new Map([['hits/quotes-q-1.json.gz', ['lists-2', 'inputs-2'] as const]]),
};

/** A folder whose manifest has `buildId`, and where its keys are kept. */
function setUp(buildId = 'build-1'): { dir: string; file: string } {
  const work = mkdtempSync(join(tmpdir(), 'leaderlens-layout-keys-'));
  const dir = join(work, 'index');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ formatVersion: 4, buildId, files: {} }));
  return { dir, file: layoutKeysFile(join(work, 'cache'), dir) };
}

describe('layout keys kept beside the layout memo', () => {
  it('reads back what was written for the folder, ids past ASCII too', () => {
    const { dir, file } = setUp();
    writeLayoutKeys(file, 'v1', dir, keys);
    expect(readLayoutKeys(file, 'v1', dir)).toEqual(keys);
  });

  it('gives nothing for another version of the code, or once the folder has another build id', () => {
    const { dir, file } = setUp();
    writeLayoutKeys(file, 'v1', dir, keys);
    expect(readLayoutKeys(file, 'v2', dir)).toBeUndefined();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ formatVersion: 4, buildId: 'build-2', files: {} }));
    expect(readLayoutKeys(file, 'v1', dir)).toBeUndefined();
    rmSync(join(dir, 'manifest.json'));
    expect(readLayoutKeys(file, 'v1', dir)).toBeUndefined();
  });

  it('gives nothing for a file edited, cut short, empty or missing', () => {
    const { dir, file } = setUp();
    expect(readLayoutKeys(file, 'v1', dir)).toBeUndefined();
    writeLayoutKeys(file, 'v1', dir, keys);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('inputs-1', 'inputs-9'));
    expect(readLayoutKeys(file, 'v1', dir)).toBeUndefined();
    writeFileSync(file, text.slice(0, -10));
    expect(readLayoutKeys(file, 'v1', dir)).toBeUndefined();
    writeFileSync(file, '');
    expect(readLayoutKeys(file, 'v1', dir)).toBeUndefined();
  });

  it('gives nothing for rows of the wrong shape, though the checksum holds', () => {
    const { dir, file } = setUp();
    writeLayoutKeys(file, 'v1', dir, { ...keys, leaders: new Map([['to-lam', ['lists-1', 'inputs-1', 'heavy' as unknown as number] as const]]) });
    expect(readLayoutKeys(file, 'v1', dir)).toBeUndefined();
  });

  it('writes nothing readable for a folder without a manifest', () => {
    const { dir, file } = setUp();
    writeLayoutKeys(file, 'v1', dir, keys);
    rmSync(join(dir, 'manifest.json'));
    writeLayoutKeys(file, 'v1', dir, keys);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
