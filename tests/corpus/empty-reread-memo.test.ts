import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyRereadMemo } from '../../src/corpus/empty-reread-memo';

const temp = () => join(mkdtempSync(join(tmpdir(), 'leaderlens-empty-rereads-')), 'memo.json');
const key = (c: string) => c.repeat(64);

describe('EmptyRereadMemo', () => {
  it('answers the next build with the keys this one noted, and counts what it answered', () => {
    const file = temp();
    const first = EmptyRereadMemo.load(file);
    expect(first.has(key('a'))).toBe(false);
    first.note(key('a'));
    first.note(key('b'));
    first.save();
    const second = EmptyRereadMemo.load(file);
    expect(second.has(key('a'))).toBe(true);
    expect(second.has(key('b'))).toBe(true);
    expect(second.has(key('c'))).toBe(false);
    expect(second.hits).toBe(2);
  });

  it('keeps only the keys of the last build', () => {
    const file = temp();
    const first = EmptyRereadMemo.load(file);
    first.note(key('a'));
    first.save();
    const second = EmptyRereadMemo.load(file);
    second.note(key('b'));
    second.save();
    const third = EmptyRereadMemo.load(file);
    expect(third.has(key('a'))).toBe(false);
    expect(third.has(key('b'))).toBe(true);
  });

  it('does not write the file again when the keys are the last build\'s', () => {
    const file = temp();
    const first = EmptyRereadMemo.load(file);
    first.note(key('a'));
    first.save();
    const before = statSync(file, { bigint: true }).mtimeNs;
    const second = EmptyRereadMemo.load(file);
    second.note(key('a'));
    second.save();
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(before);
  });

  it.each([
    ['not JSON', '{"format":1,"keys":"'],
    ['another format', JSON.stringify({ format: 2, keys: key('a') })],
    ['a key cut short', JSON.stringify({ format: 1, keys: key('a').slice(1) })],
    ['something other than keys', JSON.stringify({ format: 1, keys: 'x'.repeat(64) })],
    ['keys not a string', JSON.stringify({ format: 1, keys: [key('a')] })],
  ])('answers nothing from a file that is %s', (_what, text) => {
    const file = temp();
    writeFileSync(file, text);
    expect(EmptyRereadMemo.load(file).has(key('a'))).toBe(false);
  });

  it('keeps nothing without a file', () => {
    const memo = EmptyRereadMemo.load(null);
    memo.note(key('a'));
    memo.save();
    expect(memo.has(key('a'))).toBe(false);
  });

  it('stores the keys end to end, 64 hex digits each', () => {
    const file = temp();
    const memo = EmptyRereadMemo.load(file);
    memo.note(key('a'));
    memo.note(key('b'));
    memo.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 1, keys: key('a') + key('b') });
  });
});
