import { lstatSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIdentity, layoutCodeVersion, layoutMemoFile, noteIdentities, previousLayout, readLayoutMemo, remembered, settled, writeLayoutMemo, type LayoutMemo } from '../../src/cli/layout-memo';
import { folderStamps, writeIndexFolder } from '../../src/cli/write-index';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import type { IndexPayload } from '../../src/index-data/index-layout';

const temp = () => mkdtempSync(join(tmpdir(), 'leaderlens-memo-'));
const envelope = (stamp: string) => JSON.stringify({ formatVersion: INDEX_FORMAT_VERSION, stamp, data: {} });

describe('readLayoutMemo and writeLayoutMemo', () => {
  it('read back what was written under the same version', () => {
    const file = join(temp(), 'memo.json');
    const memo: LayoutMemo = new Map([
      ['cards/0.json.gz', { inputs: 'i0', stamp: 's0' }],
      ['cards/1.json.gz', { inputs: 'i1', stamp: 's1', identity: '1:2:3:4:5' }],
    ]);
    writeLayoutMemo(file, 'v1', memo);
    expect(readLayoutMemo(file, 'v1')).toEqual(memo);
  });

  it('give an empty memo for another version, no file, or a file that is not one', () => {
    const dir = temp();
    const file = join(dir, 'memo.json');
    writeLayoutMemo(file, 'v1', new Map([['a', { inputs: 'i', stamp: 's' }]]));
    expect(readLayoutMemo(file, 'v2').size).toBe(0);
    expect(readLayoutMemo(join(dir, 'none.json'), 'v1').size).toBe(0);
    writeFileSync(file, '{"version":"v1","files":');
    expect(readLayoutMemo(file, 'v1').size).toBe(0);
  });
});

describe('layoutMemoFile', () => {
  it('gives each output folder its own memo under the cache', () => {
    expect(layoutMemoFile('/cache', '/a/leaderlens-index')).not.toBe(layoutMemoFile('/cache', '/b/leaderlens-index'));
    expect(layoutMemoFile('/cache', '/a/leaderlens-index').startsWith('/cache/index-layout/')).toBe(true);
  });
});

describe('layoutCodeVersion', () => {
  it('is a hash of the index stage', () => {
    expect(layoutCodeVersion()).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** An index folder of two cards stamped s0 and s1 and their manifest; card 0 carries `card0` in its envelope. */
async function twoCardFolder(card0: string): Promise<string> {
  const out = join(temp(), 'leaderlens-index');
  await writeIndexFolder(
    [
      { path: 'cards/0.json.gz', stamp: 's0', content: envelope(card0), gzip: true },
      { path: 'cards/1.json.gz', stamp: 's1', content: envelope('s1'), gzip: true },
      { path: 'manifest.json', stamp: null, content: JSON.stringify({ formatVersion: INDEX_FORMAT_VERSION, files: { 'cards/0.json.gz': 's0', 'cards/1.json.gz': 's1' } }), gzip: false },
    ],
    out,
  );
  return out;
}

describe('previousLayout', () => {
  it("gives a file's stamp only for the inputs it was made from, when the folder lists that stamp and the file carries it", async () => {
    const out = await twoCardFolder('s0');
    const memo: LayoutMemo = new Map([
      ['cards/0.json.gz', { inputs: 'i0', stamp: 's0' }],
      ['cards/1.json.gz', { inputs: 'i1', stamp: 'an older s1' }],
      ['cards/2.json.gz', { inputs: 'i2', stamp: 's2' }],
    ]);
    const previous = previousLayout(out, memo, folderStamps(out))!;
    expect(previous.stampOf('cards/0.json.gz', 'i0')).toBe('s0');
    expect(previous.stampOf('cards/0.json.gz', 'other inputs')).toBeUndefined();
    expect(previous.stampOf('cards/1.json.gz', 'i1')).toBeUndefined(); // the folder holds another
    expect(previous.stampOf('cards/2.json.gz', 'i2')).toBeUndefined(); // not in the folder
    writeFileSync(join(out, 'cards/0.json.gz'), 'damaged');
    expect(previous.stampOf('cards/0.json.gz', 'i0')).toBeUndefined();
  });

  it('takes a file that lstat says is as noted without reading it, and reads one that changed since', async () => {
    // Card 0 does not carry what the memo says it does: only a build that trusts lstat takes it.
    const out = await twoCardFolder('not s0');
    const memo: LayoutMemo = new Map([
      ['cards/0.json.gz', { inputs: 'i0', stamp: 's0' }],
      ['cards/1.json.gz', { inputs: 'i1', stamp: 's1' }],
    ]);
    noteIdentities(out, memo);
    expect(memo.get('cards/0.json.gz')!.identity).toBe(fileIdentity(join(out, 'cards/0.json.gz')));
    expect(previousLayout(out, memo, folderStamps(out))!.stampOf('cards/0.json.gz', 'i0')).toBe('s0');
    writeFileSync(join(out, 'cards/1.json.gz'), 'damaged');
    expect(previousLayout(out, memo, folderStamps(out))!.stampOf('cards/1.json.gz', 'i1')).toBeUndefined();
    // Without a note the file is read, and this one does not carry the stamp.
    delete memo.get('cards/0.json.gz')!.identity;
    expect(previousLayout(out, memo, folderStamps(out))!.stampOf('cards/0.json.gz', 'i0')).toBeUndefined();
  });

  it("gives a file's inputs and stamp, for the search blocks, only where stampOf would give the stamp", async () => {
    const out = await twoCardFolder('s0');
    const memo: LayoutMemo = new Map([
      ['cards/0.json.gz', { inputs: 'i0', stamp: 's0' }],
      ['cards/1.json.gz', { inputs: 'i1', stamp: 'an older s1' }],
    ]);
    const previous = previousLayout(out, memo, folderStamps(out))!;
    expect(previous.entryOf!('cards/0.json.gz')).toEqual({ inputs: 'i0', stamp: 's0' });
    expect(previous.entryOf!('cards/1.json.gz')).toBeUndefined(); // the folder holds another
    expect(previous.entryOf!('cards/2.json.gz')).toBeUndefined(); // not in the memo
    writeFileSync(join(out, 'cards/0.json.gz'), 'damaged');
    expect(previous.entryOf!('cards/0.json.gz')).toBeUndefined();
  });

  it('is undefined without a folder or a memo', () => {
    expect(previousLayout('/nowhere', new Map([['a', { inputs: 'i', stamp: 's' }]]), null)).toBeUndefined();
    expect(previousLayout('/nowhere', new Map(), new Map([['a', 's']]))).toBeUndefined();
  });
});

describe('remembered', () => {
  it('passes every payload on and notes the inputs and stamp of those with inputs', () => {
    const payloads: IndexPayload[] = [
      { path: 'cards/0.json.gz', stamp: 's0', content: null, gzip: true, inputs: 'i0' },
      { path: 'search/quotes.bin', stamp: 'q', content: new Uint8Array(1), gzip: false },
      { path: 'manifest.json', stamp: null, content: '{}', gzip: false },
    ];
    const memo: LayoutMemo = new Map();
    expect([...remembered(payloads, memo)]).toEqual(payloads);
    expect(memo).toEqual(new Map([['cards/0.json.gz', { inputs: 'i0', stamp: 's0' }]]));
  });
});

describe('noteIdentities', () => {
  it('notes a file changed a moment ago once its clock tick is over, and nothing for a missing file', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.json'), 'a');
    const memo: LayoutMemo = new Map([
      ['a.json', { inputs: 'i', stamp: 's', identity: 'stale' }],
      ['gone.json', { inputs: 'i', stamp: 's', identity: 'stale' }],
    ]);
    noteIdentities(dir, memo);
    const stat = lstatSync(join(dir, 'a.json'), { bigint: true });
    expect(memo.get('a.json')!.identity).toBe(`${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`);
    expect(memo.get('gone.json')!.identity).toBeUndefined();
  });

  it('notes nothing of a file whose change time is still in the tick of the clock given', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.json'), 'a');
    const ctime = Number(lstatSync(join(dir, 'a.json'), { bigint: true }).ctimeNs / 1_000_000n);
    const memo: LayoutMemo = new Map([['a.json', { inputs: 'i', stamp: 's' }]]);
    noteIdentities(dir, memo, () => ctime);
    expect(memo.get('a.json')!.identity).toBeUndefined();
  });
});

describe('fileIdentity', () => {
  it('changes when the file is written again, even with the same bytes', async () => {
    const file = join(temp(), 'a.json');
    writeFileSync(file, 'same');
    const before = fileIdentity(file);
    await new Promise((resolve) => setTimeout(resolve, 30));
    writeFileSync(file, 'same');
    expect(fileIdentity(file)).not.toBe(before);
  });

  it('is undefined for what is not a regular file', () => {
    expect(fileIdentity(temp())).toBeUndefined();
    expect(fileIdentity(join(temp(), 'none'))).toBeUndefined();
  });
});

describe('settled', () => {
  it('waits 20 ms after a fine-grained change time and 2 s after a whole second', () => {
    const at = 1_700_000_000_123_456_789n;
    const ms = Number(at / 1_000_000n);
    expect(settled(at, ms + 10)).toBe(false);
    expect(settled(at, ms + 20)).toBe(true);
    const second = 1_700_000_000_000_000_000n;
    expect(settled(second, 1_700_000_001_000)).toBe(false);
    expect(settled(second, 1_700_000_002_000)).toBe(true);
  });
});
