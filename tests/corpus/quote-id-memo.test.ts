import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuoteIdMemo, quoteIdCodeVersion } from '../../src/corpus/quote-id-memo';
import { keptStatements, quoteIdOf } from '../../src/corpus/quote-rows';

const statements = [
  { speakers: ['to-lam'], text: 'khẳng định quan hệ hai nước' },
  { speakers: ['to-lam'], text: 'khẳng định quan hệ hai nước' }, // a repeated caption
  { speakers: ['pham-minh-chinh'], text: 'đề nghị tăng cường hợp tác' },
];

/** What the merge makes of an article's statements: the rows kept and their ids. */
function made(articleId: string, quotes: typeof statements) {
  const rows = keptStatements(quotes);
  return { rows, ids: rows.map((row) => quoteIdOf({ articleId, ...quotes[row]! })) };
}

function memoFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'leaderlens-quote-ids-')), 'memo.json');
}

describe('QuoteIdMemo', () => {
  it('gives the next build the rows and ids of an article by its id and facts key, and nothing for another key', () => {
    const file = memoFile();
    const first = QuoteIdMemo.load(file);
    expect(first.get('a1', 'facts-1', 3)).toBeUndefined();
    first.set('a1', 'facts-1', made('a1', statements));
    first.set('a2', 'facts-2', made('a2', statements.slice(2)));
    first.save();

    const next = QuoteIdMemo.load(file);
    expect(next.get('a1', 'facts-1', 3)).toEqual(made('a1', statements));
    expect(next.get('a2', 'facts-2', 1)).toEqual({ rows: [0], ids: [quoteIdOf({ articleId: 'a2', ...statements[2]! })] });
    // The same statements under another id, or other statements (another facts key): not known.
    expect(next.get('a3', 'facts-1', 3)).toBeUndefined();
    expect(next.get('a1', 'facts-9', 3)).toBeUndefined();
    expect(next.hits).toBe(2);
  });

  it('keeps only the articles of the last build', () => {
    const file = memoFile();
    const first = QuoteIdMemo.load(file);
    first.set('a1', 'facts-1', made('a1', statements));
    first.set('a2', 'facts-2', made('a2', statements));
    first.save();
    const second = QuoteIdMemo.load(file);
    second.get('a1', 'facts-1', 3);
    second.save();
    const third = QuoteIdMemo.load(file);
    expect(third.get('a1', 'facts-1', 3)).toBeDefined();
    expect(third.get('a2', 'facts-2', 3)).toBeUndefined();
  });

  it('gives the rows of an article whose last statements repeat earlier ones (its first statements, in order)', () => {
    const file = memoFile();
    const repeatedLast = [statements[0]!, statements[2]!, statements[0]!];
    const first = QuoteIdMemo.load(file);
    first.set('a1', 'k', made('a1', repeatedLast));
    first.save();
    expect(made('a1', repeatedLast).rows).toEqual([0, 1]);
    expect(QuoteIdMemo.load(file).get('a1', 'k', 3)).toEqual(made('a1', repeatedLast));
  });

  it('does not use an entry that does not fit the statements or is not one', () => {
    const file = memoFile();
    const first = QuoteIdMemo.load(file);
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']) first.set(id, 'k', made(id, statements));
    first.save();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string; articles: Record<string, unknown> };
    const ids = made('a1', statements).ids.join('');
    stored.articles['a1\tk'] = ['0,5', ids]; // a row past the statements
    stored.articles['a2\tk'] = ['2,0', ids]; // rows out of order
    stored.articles['a3\tk'] = ['0,2', ids.slice(0, -1)]; // ids cut short
    stored.articles['a4\tk'] = ['0,2', ids.toUpperCase()]; // not ids
    stored.articles['a5\tk'] = ['', ids + ids]; // the first statements in order: but four ids, and three statements
    stored.articles['a6\tk'] = { rows: '0,2', ids };
    writeFileSync(file, JSON.stringify(stored));
    const memo = QuoteIdMemo.load(file);
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']) expect(memo.get(id, 'k', 3), id).toBeUndefined();
    expect(memo.hits).toBe(0);
  });

  it('reads nothing of a memo of another version, or a damaged file', () => {
    const file = memoFile();
    const first = QuoteIdMemo.load(file);
    first.set('a1', 'k', made('a1', statements));
    first.save();
    expect(QuoteIdMemo.load(file).get('a1', 'k', 3)).toBeDefined();
    expect(QuoteIdMemo.load(file, 'another version').get('a1', 'k', 3)).toBeUndefined();
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 20));
    expect(QuoteIdMemo.load(file).get('a1', 'k', 3)).toBeUndefined();
  });

  it('is kept under the version of the code that makes the ids', () => {
    expect(quoteIdCodeVersion()).toMatch(/^1-[0-9a-f]{64}$/);
    expect(quoteIdCodeVersion()).toBe(quoteIdCodeVersion());
  });

  it('remembers nothing without a file', () => {
    const memo = QuoteIdMemo.load(null);
    memo.set('a1', 'k', made('a1', statements));
    memo.save();
    expect(memo.get('a1', 'k', 3)).toBeUndefined();
  });
});
