import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleStageResult } from '../../src/corpus/article-stage';
import { stateLine, type StateArticle } from '../../src/corpus/build-state';
import type { CorpusBuild } from '../../src/corpus/build-types';
import { packResult } from '../../src/corpus/reading-pack';
import { openStageCache } from '../../src/corpus/stage-cache';
import { knownTextsUsed, restoreText, StateText, StateTextMissing, stateQuoteMaker, withKnownText } from '../../src/corpus/state-text';
import { textLength } from '../../src/index-data/known-lengths';
import type { ExportQuote } from '../../src/model/export-types';

const sentence = 'Thủ tướng Hun Manet khẳng định Campuchia coi trọng quan hệ với Việt Nam.';
const result: Extract<ArticleStageResult, { reading: unknown }> = {
  contentKey: 'content-1',
  reading: {
    article: { title: 'Hội đàm', date: '2025-12-02', dateInferred: false, language: 'vi', paragraphs: [{ text: 'Hội đàm', line: 1 }, { text: sentence, line: 3 }] },
    captionLines: [],
    titleLine: 1,
    facts: {
      meetings: [],
      quotes: [{ speakers: ['hun-manet'], text: 'Campuchia coi trọng quan hệ với Việt Nam', kind: 'reported', meeting: null, evidence: sentence, line: 3 }],
      unknown: [],
      leaders: ['hun-manet'],
    },
    notes: [],
  },
};

/** A stage cache holding the article's first reading under `entry-1`, and its state article. */
function setUp(): { text: StateText; article: StateArticle } {
  const cache = openStageCache(mkdtempSync(join(tmpdir(), 'leaderlens-state-text-')), 'engine');
  cache.set('entry-1', { today: null, result: packResult(result) });
  const at = { file: 'a.txt', id: 'a', entryKey: 'entry-1', today: null, keys: { reading: 'entry-1', facts: 'entry-1' }, emptyReread: false, quoteIds: ['', 'q-0000000000001'] as [string, string] };
  return { text: new StateText(cache, '2026-12-04'), article: JSON.parse(stateLine(at, result, result.reading.facts)) as StateArticle };
}

const quote: ExportQuote = { id: 'q-0000000000001', speakers: ['hun-manet'], text: '', kind: 'reported', articleId: 'a', meetingId: null, date: '2025-12-02', evidence: '' };

/** The merge's quote of row 0 of article a, as the merge gives the state's articles: made by the state quote maker. */
function stateQuote(text: StateText, article: StateArticle): ExportQuote {
  const { id, ...row } = quote;
  return stateQuoteMaker(new Map([['a', article]]), text)(id, row, 0)!;
}

function buildOf(quotes: ExportQuote[]): CorpusBuild {
  return {
    data: { leaders: [], articles: [], meetings: [], quotes, unknown: [], skipped: [] },
    articles: [{ id: 'a', file: 'a.txt', ...result.reading.article, paragraphs: [] }],
    diagnostics: [],
    registry: {} as CorpusBuild['registry'],
    nameTable: {} as CorpusBuild['nameTable'],
    found: [],
    provenance: { articles: new Map([['a', { reading: 'entry-1', facts: 'entry-1' }]]), quoteRows: [0], meetingRows: new Map() },
  };
}

describe('the text of build state articles, fetched when read', () => {
  it('takes a quote\'s words and sentence from known texts while a shard is made, for a quote of that id and article only', () => {
    const { text, article } = setUp();
    const restored = stateQuote(text, article);
    const before = knownTextsUsed();
    const known = new Map([[quote.id, { articleId: 'a', text: 'known words', evidence: 'known sentence' }]]);
    expect(withKnownText(known, () => JSON.stringify(restored))).toBe(JSON.stringify({ ...quote, text: 'known words', evidence: 'known sentence' }));
    // Only the words known (a result chunk's record): the words taken, the sentence fetched.
    expect(withKnownText(new Map([[quote.id, { articleId: 'a', text: 'known words' }]]), () => [restored.text, restored.evidence])).toEqual(['known words', sentence]);
    expect(knownTextsUsed() - before).toBe(2);
    expect(text.fetched).toBe(1);
    // Of another article, or outside the shard: fetched.
    expect(withKnownText(new Map([[quote.id, { articleId: 'b', text: 'other', evidence: 'other' }]]), () => restored.text)).toBe(result.reading.facts.quotes[0]!.text);
    expect(restored.text).toBe(result.reading.facts.quotes[0]!.text);
    expect(knownTextsUsed() - before).toBe(2);
  });

  it('gives the quotes and articles the merge would make, field for field, their text fetched once read', () => {
    const { text, article } = setUp();
    const build = buildOf([stateQuote(text, article)]);
    restoreText(build, new Map([['a', article]]), text);
    expect(text.fetched).toBe(0);
    const restored = build.data.quotes[0]!;
    expect(textLength(restored)).toBe(result.reading.facts.quotes[0]!.text.length);
    expect(text.fetched).toBe(0);
    const real = { ...quote, text: result.reading.facts.quotes[0]!.text, evidence: sentence };
    expect(JSON.stringify(restored)).toBe(JSON.stringify(real));
    const fields: string[] = [];
    for (const field in restored) fields.push(field);
    expect(fields.sort()).toEqual(Object.keys(real).sort());
    expect(restored.text).toBe(real.text);
    expect(JSON.stringify(build.articles[0])).toBe(JSON.stringify({ id: 'a', file: 'a.txt', ...result.reading.article }));
    expect(text.fetched).toBe(1);
  });

  it('throws StateTextMissing, naming the file, for an entry gone or one that does not fit the state', () => {
    const { text, article } = setUp();
    expect(() => text.of({ ...article, entryKey: 'entry-2' })).toThrow(StateTextMissing);
    expect(() => text.of({ ...article, entryKey: 'entry-2' })).toThrow('a.txt');
    expect(() => text.of({ ...article, quotes: { people: [['hun-manet']], rows: [0, 1, -1, 3, 5, 5] } })).toThrow(/do not match the build state/);
  });

  it('makes a quote of a state article only, and throws StateTextMissing for a row the state does not have', () => {
    const { text, article } = setUp();
    const { id, ...row } = quote;
    const make = stateQuoteMaker(new Map([['a', article]]), text);
    expect(make(id, { ...row, articleId: 'b' }, 0)).toBeUndefined();
    expect(() => make(id, row, 1)).toThrow(StateTextMissing);
    expect(text.fetched).toBe(0);
  });

  it('throws StateTextMissing when a quote of a state article was made plain (a merge not given the maker)', () => {
    const { text, article } = setUp();
    expect(() => restoreText(buildOf([{ ...quote }]), new Map([['a', article]]), text)).toThrow(StateTextMissing);
    expect(() => restoreText(buildOf([{ ...quote, articleId: 'b' }]), new Map([['a', article]]), text)).not.toThrow();
  });
});
