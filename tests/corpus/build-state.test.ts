import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_STATE_FORMAT, buildStateFile, loadBuildState, STATE_SLACK, stateLine, stateStillFits, storedQuoteCount, storedQuoteLengths, textlessResult, writeBuildState, type StateArticle } from '../../src/corpus/build-state';
import type { ArticleStageResult } from '../../src/corpus/article-stage';
import type { ArticleFacts } from '../../src/corpus/analyse-article';

const CODE = 'code-1';
const ENGINE = 'engine-1';

const facts: ArticleFacts = {
  meetings: [
    {
      kind: 'talks',
      participants: ['pham-minh-chinh', 'hun-manet'],
      host: [],
      others: [],
      when: { date: '2025-12-01', dateEnd: null, approx: null, inferred: false },
      place: 'Hà Nội',
      status: 'reported',
      evidence: 'Chiều 1/12, tại Hà Nội, Thủ tướng hội đàm với Thủ tướng Hun Manet.',
      line: 3,
    },
  ],
  quotes: [
    { speakers: ['hun-manet'], text: 'coi trọng quan hệ', kind: 'reported', meeting: 0, evidence: 'Thủ tướng Hun Manet khẳng định coi trọng quan hệ.', line: 4 },
    { speakers: ['hun-manet'], text: 'coi trọng quan hệ', kind: 'reported', meeting: 0, evidence: 'Thủ tướng Hun Manet khẳng định coi trọng quan hệ.', line: 5 },
  ],
  unknown: [],
  leaders: ['pham-minh-chinh', 'hun-manet'],
};

const result: Extract<ArticleStageResult, { reading: unknown }> = {
  contentKey: 'content-1',
  reading: {
    article: {
      title: 'Hội đàm',
      date: '2025-12-02',
      dateInferred: false,
      language: 'vi',
      paragraphs: [
        { text: 'Hội đàm', line: 1 },
        { text: 'Chiều 1/12, tại Hà Nội, Thủ tướng hội đàm với Thủ tướng Hun Manet.', line: 3 },
      ],
    },
    captionLines: [],
    titleLine: 1,
    facts,
    notes: [{ level: 'warning', message: 'a note' }],
  },
};

/** One article's line, its second statement a repeat of the first (the memo keeps one row). */
function line(file = 'a.txt'): string {
  const at = { file, id: file.replace('.txt', ''), entryKey: 'entry-1', today: null, keys: { reading: 'r-1', facts: 'f-1' }, emptyReread: false, quoteIds: ['', 'q-0000000000001'] as [string, string] };
  return stateLine(at, result, facts);
}

function written(lines: string[], engine = ENGINE): string {
  const file = buildStateFile(mkdtempSync(join(tmpdir(), 'leaderlens-state-')), 'folder');
  writeBuildState(file, { engine, registryHash: 'registry-1', widenedHash: null }, lines, CODE);
  return file;
}

describe('the build state', () => {
  it('keeps an article without its text, and gives the merge its reading with the text empty', () => {
    const file = written([line('a.txt'), line('b.txt')]);
    const load = loadBuildState(file, ENGINE, CODE);
    if (!('state' in load)) throw new Error(`not loaded: ${JSON.stringify(load)}`);
    expect([...load.state.byFile.keys()]).toEqual(['a.txt', 'b.txt']);
    const article = load.state.byFile.get('a.txt')!.article;
    expect(JSON.stringify(article)).not.toContain('coi trọng');
    expect(article.paragraphs).toEqual([2, 7 + 66]);
    const reading = textlessResult(article).reading;
    // The article's fields in their order, paragraphs empty in their place.
    expect(Object.keys(reading.article)).toEqual(Object.keys(result.reading.article));
    expect(reading.article.paragraphs).toEqual([]);
    expect(reading.facts.quotes.map((q) => [q.text, q.evidence, q.speakers])).toEqual([
      ['', '', ['hun-manet']],
      ['', '', ['hun-manet']],
    ]);
    // Meetings whole: an undated meeting's id is made from its sentence.
    expect(reading.facts.meetings).toEqual(facts.meetings);
    expect(reading.notes).toEqual(result.reading.notes);
  });

  it('writes the rows of a memo entry out when the ids are fewer than the statements (the memo would refuse "")', () => {
    const article = JSON.parse(line()) as StateArticle;
    expect(article.quoteIds).toEqual(['0', 'q-0000000000001']);
  });

  it('ignores a state of another engine or code, and names a damaged one', () => {
    const file = written([line()]);
    expect(loadBuildState(file, 'another engine', CODE)).toEqual({ ignored: 'stale' });
    expect(loadBuildState(file, ENGINE, 'another code')).toEqual({ ignored: 'stale' });
    expect(loadBuildState(`${file}.absent`, ENGINE, CODE)).toEqual({ ignored: 'absent' });
    const text = readFileSync(file, 'utf8');
    // Cut short (what a write without the rename could leave), edited, not JSON.
    for (const damaged of [text.slice(0, -10), text.replace('a.txt', 'b.txt'), text.replace(`{"format":${BUILD_STATE_FORMAT}`, `{"format":`), 'not a state']) {
      writeFileSync(file, damaged);
      const load = loadBuildState(file, ENGINE, CODE);
      expect(load).toHaveProperty('damaged');
      expect((load as { damaged: string }).damaged).toContain(file);
    }
  });

  it('is written in ASCII, and an unchanged article is written again as the bytes it was read from', () => {
    // A character past the BMP (a surrogate pair) and a lone surrogate come back as they went.
    const odd = { ...result, reading: { ...result.reading, article: { ...result.reading.article, title: 'Hội đàm 😀 \ud800 "x"' } } };
    const at = { file: 'odd.txt', id: 'odd', entryKey: 'entry-1', today: null, keys: { reading: 'r-1', facts: 'f-1' }, emptyReread: false, quoteIds: ['', 'q-0000000000001'] as [string, string] };
    const file = written([line('a.txt'), stateLine(at, odd, facts)]);
    const bytes = readFileSync(file);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const load = loadBuildState(file, ENGINE, CODE);
    if (!('state' in load)) throw new Error(`not loaded: ${JSON.stringify(load)}`);
    expect(load.state.byFile.get('odd.txt')!.article.article.title).toBe('Hội đàm 😀 \ud800 "x"');
    expect(load.state.byFile.get('a.txt')!.article.meetings).toEqual(facts.meetings);
    // Its lines as read, one of them made again: the same file.
    const again = buildStateFile(mkdtempSync(join(tmpdir(), 'leaderlens-state-')), 'folder');
    writeBuildState(again, { engine: ENGINE, registryHash: 'registry-1', widenedHash: null }, [load.state.byFile.get('a.txt')!.line, stateLine(at, odd, facts)], CODE);
    expect(readFileSync(again)).toEqual(bytes);
    // A line given with characters past ASCII is written with them escaped.
    const line2 = JSON.stringify({ ...(JSON.parse(line('é.txt')) as object) });
    writeBuildState(again, { engine: ENGINE, registryHash: 'registry-1', widenedHash: null }, [line2], CODE);
    expect(readFileSync(again).every((b) => b < 0x80)).toBe(true);
    const load2 = loadBuildState(again, ENGINE, CODE);
    expect('state' in load2 && [...load2.state.byFile.keys()]).toEqual(['é.txt']);
  });

  it('refuses a line that parses but lacks a field', () => {
    const file = written([JSON.stringify({ ...(JSON.parse(line()) as object), quotes: [['x']] })]);
    expect(loadBuildState(file, ENGINE, CODE)).toHaveProperty('damaged');
  });

  it("keeps an article's quotes as columns: each list of speakers once, six numbers a quote", () => {
    const third = { speakers: ['pham-minh-chinh', 'hun-manet'], text: 'hợp tác', kind: 'joint' as const, meeting: null, evidence: 'Hai bên nhất trí hợp tác.', line: 6 };
    const more: ArticleFacts = { ...facts, quotes: [...facts.quotes, third] };
    const at = { file: 'a.txt', id: 'a', entryKey: 'entry-1', today: null, keys: { reading: 'r-1', facts: 'f-1' }, emptyReread: false, quoteIds: ['', 'q-0000000000001'] as [string, string] };
    const stored = JSON.parse(stateLine(at, { ...result, reading: { ...result.reading, facts: more } }, more)) as StateArticle;
    expect(stored.quotes).toEqual({
      people: [['hun-manet'], ['pham-minh-chinh', 'hun-manet']],
      rows: [0, 1, 0, 4, 17, 49, 0, 1, 0, 5, 17, 49, 1, 2, -1, 6, 7, 25],
    });
    expect(storedQuoteCount(stored)).toBe(3);
    expect(storedQuoteLengths(stored, 2)).toEqual({ text: 7, evidence: 25 });
    expect(storedQuoteLengths(stored, 3)).toBeUndefined();
    // Read back as the merge reads them: every field but the words and the sentence.
    expect(textlessResult(stored).reading.facts.quotes).toEqual(more.quotes.map((q) => ({ ...q, text: '', evidence: '' })));
  });

  it('ignores a state of the format before quotes were columns, and refuses columns out of range', () => {
    const file = written([line()]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`{"format":${BUILD_STATE_FORMAT}`, '{"format":2'));
    expect(loadBuildState(file, ENGINE, CODE)).toEqual({ ignored: 'stale' });
    const article = JSON.parse(line()) as StateArticle;
    for (const rows of [[1, 1, 0, 4, 17, 49], [0, 3, 0, 4, 17, 49], [0, 1, -2, 4, 17, 49], [0, 1, 0, 4, 17], [0, 1, 0, 4.5, 17, 49]]) {
      const damaged = written([JSON.stringify({ ...article, quotes: { people: [['hun-manet']], rows } })]);
      expect(loadBuildState(damaged, ENGINE, CODE)).toHaveProperty('damaged');
    }
  });
});

describe('stateStillFits', () => {
  it('keeps the state when it gave every article and holds no other (nothing changed)', () => {
    expect(stateStillFits(10_000, 10_000, 10_000)).toBe(true);
    expect(stateStillFits(0, 0, 0)).toBe(true);
  });

  it('keeps it when it lacks, or holds beyond those it gave, no more than a 32nd of the articles', () => {
    expect(STATE_SLACK).toBe(32);
    // One article added to 10k; then one more, the state still the first build's.
    expect(stateStillFits(10_001, 10_000, 10_000)).toBe(true);
    expect(stateStillFits(10_002, 10_000, 10_000)).toBe(true);
    // One removed, one changed (its line no longer given: lacking one, holding one beyond).
    expect(stateStillFits(9_999, 9_999, 10_000)).toBe(true);
    expect(stateStillFits(10_000, 9_999, 10_000)).toBe(true);
    // At the edge: 64 lacking of 2,048 (a 32nd), and 64 beyond.
    expect(stateStillFits(2_048, 1_984, 1_984)).toBe(true);
    expect(stateStillFits(2_048, 1_984, 2_048)).toBe(true);
  });

  it('writes it when more than a 32nd of the articles are not from it, or it holds more than a 32nd beyond', () => {
    expect(stateStillFits(2_048, 1_983, 1_983)).toBe(false);
    expect(stateStillFits(2_048, 2_048, 2_113)).toBe(false);
    expect(stateStillFits(2_048, 1_984, 2_049)).toBe(false);
    // One article added to a corpus of ten: written.
    expect(stateStillFits(11, 10, 10)).toBe(false);
    // Half of it refused (changed articles): written.
    expect(stateStillFits(10_000, 5_000, 10_000)).toBe(false);
  });
});
