import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/corpus/article-stage';
import { widenRegistry } from '../../src/corpus/corpus-merge';
import { unpackReading, unpackResult } from '../../src/corpus/reading-pack';
import { handleStageRequest, startStageWorker, type ReadReply, type StageWorkerSetup } from '../../src/corpus/stage-worker';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';

const CORPUS = join(import.meta.dirname, '../../corpus');
const registry = readRegistryFile(join(CORPUS, 'leaders.json'));
const nameTable = buildNameTable(registry);
const seeds = readdirSync(join(CORPUS, 'articles')).sort().map((f) => join(CORPUS, 'articles', f));
// The seed article dated "Chiều 8/11" (its year inferred) and one dated in full.
const [YEARLESS, DATED] = [seeds[0]!, seeds[1]!];

function worker(over: Partial<StageWorkerSetup> = {}, cacheRoot: string | null = mkdtempSync(join(tmpdir(), 'leaderlens-stage-worker-'))) {
  const state = startStageWorker({ registry, nameTable, registryHash: 'r1', today: '2026-11-23', engine: 'engine-1', cacheRoot, ...over });
  return {
    state,
    cacheRoot,
    read: (path: string) => handleStageRequest(state, { type: 'read', seq: 1, path }) as ReadReply,
  };
}

describe('handleStageRequest: read', () => {
  it('reads a file as the stage does, then answers from the cache with the same result', () => {
    const w = worker();
    const first = w.read(DATED);
    expect(first.cached).toBe(false);
    // Packed for the trip (reading-pack.ts): unpacked, it is what the stage gives.
    expect(unpackResult(first.result)).toEqual(readArticleFile(readFileSync(DATED), { registry, table: loadNameTable(nameTable) }, () => '2026-11-23'));
    const again = w.read(DATED);
    expect(again).toEqual({ ...first, cached: true });
  });

  it('misses for a changed article, registry or engine', () => {
    const w = worker();
    w.read(DATED);
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-article-'));
    const changed = join(dir, 'a.txt');
    writeFileSync(changed, `${readFileSync(DATED, 'utf8')}\nThêm một câu.\n`);
    expect(w.read(changed).cached).toBe(false);
    expect(worker({ registryHash: 'r2' }, w.cacheRoot).read(DATED).cached).toBe(false);
    expect(worker({ engine: 'engine-2' }, w.cacheRoot).read(DATED).cached).toBe(false);
    expect(worker({}, w.cacheRoot).read(DATED).cached).toBe(true);
  });

  it('misses on another day for an article whose year was inferred, and hits for one dated in full', () => {
    const w = worker();
    w.read(YEARLESS);
    w.read(DATED);
    const tomorrow = worker({ today: '2026-11-24' }, w.cacheRoot);
    expect(tomorrow.read(YEARLESS).cached).toBe(false);
    expect(tomorrow.read(DATED).cached).toBe(true);
    // The day a reading read is part of its key, for the second readings that follow it.
    expect(tomorrow.read(YEARLESS).key).not.toBe(w.read(YEARLESS).key);
  });

  it('reads a corrupt entry afresh and writes it again', () => {
    const w = worker();
    w.read(DATED);
    const [engineDir] = readdirSync(w.cacheRoot!);
    const [prefix] = readdirSync(join(w.cacheRoot!, engineDir!));
    const dir = join(w.cacheRoot!, engineDir!, prefix!);
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), '{"key": "trunc');
    expect(w.read(DATED).cached).toBe(false);
    expect(w.read(DATED).cached).toBe(true);
  });

  it('reads every file afresh without a cache', () => {
    const w = worker({}, null);
    w.read(DATED);
    expect(w.read(DATED).cached).toBe(false);
  });

  it('reports an unreadable file as skipped', () => {
    expect(worker().read('/nonexistent/a.txt').result).toEqual({ skip: expect.stringMatching(/^cannot be read: /) });
  });
});

describe('handleStageRequest: second readings', () => {
  const FOUND = ' date 2025-12-02\nThủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa\nChiều 1/12, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Bounmy Keovongsa.\n';

  it('refuses a second reading before the registry is widened', () => {
    const read = worker().read(DATED);
    if (!('reading' in read.result)) throw new Error('not read');
    expect(handleStageRequest(worker().state, { type: 'reread', seq: 7, key: 'k', reading: read.result.reading })).toMatchObject({ type: 'failed', seq: 7 });
  });

  it('reads an article again with the people found, then answers from the cache', () => {
    const w = worker();
    const dir = mkdtempSync(join(tmpdir(), 'leaderlens-found-'));
    writeFileSync(join(dir, 'found.txt'), FOUND);
    const read = w.read(join(dir, 'found.txt'));
    if (!('reading' in read.result)) throw new Error('not read');
    const widening = widenRegistry(registry, [{ id: 'found', file: 'found.txt', reading: unpackReading(read.result.reading) }])!;
    const widen = { registry: widening.reading, nameTable: widening.nameTable, hash: 'w1', foundIds: [...widening.stage.foundIds], foundForms: [...widening.stage.foundForms] };
    expect(handleStageRequest(w.state, { type: 'widen', seq: 2, widened: widen })).toEqual({ type: 'widened', seq: 2 });
    const answer = handleStageRequest(w.state, { type: 'reread', seq: 4, key: read.key!, reading: read.result.reading });
    expect(answer).toMatchObject({ type: 'reread', cached: false, facts: { meetings: [expect.objectContaining({ participants: expect.arrayContaining(['bounmy-keovongsa']), evidence: [expect.any(Number), expect.any(Number), expect.any(Number)] })] } });
    expect(handleStageRequest(w.state, { type: 'reread', seq: 5, key: read.key!, reading: read.result.reading })).toEqual({ ...answer, seq: 5, cached: true });
    // Another widened registry is another key.
    handleStageRequest(w.state, { type: 'widen', seq: 6, widened: { ...widen, hash: 'w2' } });
    expect(handleStageRequest(w.state, { type: 'reread', seq: 7, key: read.key!, reading: read.result.reading })).toMatchObject({ cached: false });
  });
});
