import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitHeader } from '../../src/corpus/read-header';
import { readSavedArticle } from '../../src/saved/read-saved-article';
import { assembleSaved } from '../../src/saved/saved-facts';
import type { SavedReadingRecord } from '../../src/saved/saved-types';
import { cliBuild, EN_PRABOWO, EN_TEXT, engineOf, VI_TEXT } from './saved-fixture';

const SEED = new URL('../../corpus/articles', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'leaderlens-saved-oracle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The seed articles and three more, as a corpus folder the CLI builds. */
function corpus(): string {
  const articles = join(dir, 'corpus', 'articles');
  mkdirSync(articles, { recursive: true });
  cpSync(SEED, articles, { recursive: true });
  writeFileSync(join(articles, 'x-vi.txt'), VI_TEXT);
  writeFileSync(join(articles, 'x-en.txt'), EN_TEXT);
  writeFileSync(join(articles, 'x-prabowo.txt'), EN_PRABOWO);
  return join(dir, 'corpus');
}

describe('readSavedArticle', () => {
  // The oracle is the CLI: `buildCorpus` over the same files. The extension reads each file with
  // the same engine functions, and assembleSaved merges them as the build does.
  const folder = corpus();
  const build = cliBuild(folder);
  const engine = engineOf(build);
  const fileText = (file: string) => readFileSync(join(folder, 'articles', file), 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
  const readings: SavedReadingRecord[] = readdirSync(join(folder, 'articles')).map((file) => {
    const header = splitHeader(fileText(file));
    const reading = readSavedArticle(header, engine, '2026-01-01');
    const id = build.articles.find((a) => a.file === file)!.id;
    return {
      id, stamp: 's', title: reading.title, site: null, url: header.url ?? null, date: reading.date, dateInferred: reading.dateInferred,
      language: reading.language, savedAt: '', layout: { title: reading.title, titleLine: reading.titleLine, captionLines: reading.captionLines }, widenedWith: '', facts: reading.facts, bundled: reading.facts.meetings.map(() => null), placeCountries: {},
    };
  });

  it('reads each article as the CLI does: title, date and how it was found, language, cleaned paragraphs', () => {
    for (const built of build.articles) {
      const reading = readSavedArticle(splitHeader(fileText(built.file)), engine, '2026-01-01');
      expect({ title: reading.title, date: reading.date, dateInferred: reading.dateInferred, dateSource: reading.dateSource, language: reading.language, paragraphs: reading.paragraphs }, built.file).toEqual({
        title: built.title, date: built.date, dateInferred: built.dateInferred, dateSource: built.dateSource, language: built.language, paragraphs: built.paragraphs,
      });
    }
  });

  it('gives, assembled, the meetings and quotes the CLI export gives, ids included', () => {
    const saved = assembleSaved(readings);
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(Object.values(saved.meetings))).toEqual(byId(build.data.meetings));
    expect(byId(Object.values(saved.quotes))).toEqual(byId(build.data.quotes));
  });

  it('finds the Vietnamese and the English telling of one meeting to be one meeting with two sources', () => {
    const talks = Object.values(assembleSaved(readings).meetings).filter((m) => m.participants.includes('lawrence-wong'));
    expect(talks).toHaveLength(1);
    expect(talks[0]!.sources.map((s) => s.articleId).sort()).toEqual(['x-en', 'x-vi']);
    expect(talks[0]).toMatchObject({ date: '2025-04-09', kind: 'talks' });
  });

  it('infers a missing year from the titled names, never later than its today', () => {
    // No date header and "9/4" without a year: the year comes from who held which office.
    const text = 'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong\nChiều 9/4, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Singapore Lawrence Wong.\n';
    const early = readSavedArticle(splitHeader(text), engine, '2025-06-01');
    expect(early.facts.meetings[0]?.when.date).toBe('2025-04-09');
    const before = readSavedArticle(splitHeader(text), engine, '2025-04-01');
    expect(before.facts.meetings[0]?.when.date ?? '0000').not.toBe('2025-04-09');
  });
});
