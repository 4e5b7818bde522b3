import { describe, expect, it, vi } from 'vitest';
import { engineVersion, readingStamp } from '../../src/saved/engine-stamp';
import type { TabExtraction } from '../../src/saved/extract-from-tab';
import { createSavedService } from '../../src/saved/saved-service';
import { createSavedState } from '../../src/saved/saved-state';
import { memorySavedStore, type SavedStore } from '../../src/saved/saved-store';
import { EN_PRABOWO, entryOf, seedLookups, VI_TEXT } from './saved-fixture';

const PAGE = {
  title: 'Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong',
  paragraphs: VI_TEXT.split('\n').slice(3).filter((l) => l !== ''),
  url: 'https://tintuc.example/thu-tuong-hoi-dam-singapore.html',
  siteName: 'Tin Tức',
  published: '2025-04-10',
  lang: 'vi',
};

function service(store: SavedStore = memorySavedStore(), extract: (tabId: number) => Promise<TabExtraction> = async () => ({ ok: true, article: PAGE, ms: 5 })) {
  const state = createSavedState(store);
  const changed = vi.spyOn(state, 'changed');
  const saved = createSavedService({ store, state, index: seedLookups, extract, now: () => new Date('2026-01-02T03:04:05Z') });
  return { saved, store, state, changed };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('createSavedService', () => {
  describe('savePage', () => {
    it("saves a tab's article as a corpus file and tells the saved facts they changed", async () => {
      const { saved, store, changed } = service();
      const outcome = await saved.savePage(7);
      expect(outcome).toMatchObject({ status: 'saved', meetings: 1, quotes: 2, timings: { extract: 5 } });
      const [article] = await store.articles();
      expect(article?.text.startsWith(` date 2025-04-10\n url ${PAGE.url}\n${PAGE.title}\n`)).toBe(true);
      expect(article).toMatchObject({ site: 'Tin Tức', lang: 'vi', origin: 'page' });
      expect(changed).toHaveBeenCalledTimes(1);
    });

    it("passes on why a tab cannot be read, and doesn't tell the facts of a change", async () => {
      const { saved, changed } = service(memorySavedStore(), async () => ({ ok: false, code: 'no-access', reason: 'Cannot access a chrome:// URL' }));
      expect(await saved.savePage(7)).toEqual({ status: 'failed', code: 'no-access', reason: 'Cannot access a chrome:// URL' });
      expect(changed).not.toHaveBeenCalled();
    });

    it('refuses page text the corpus would refuse, in the CLI words, without the made-up file name', async () => {
      const html = { ...PAGE, title: '<!doctype html>', paragraphs: ['<html><body>x</body></html>'] };
      const { saved } = service(memorySavedStore(), async () => ({ ok: true, article: html, ms: 1 }));
      const outcome = await saved.savePage(7);
      expect(outcome).toMatchObject({ status: 'failed', code: 'not-an-article' });
      expect(outcome.status === 'failed' && outcome.reason).toMatch(/^is HTML/);
    });

    it('says "already-saved" the second time', async () => {
      const { saved } = service();
      await saved.savePage(7);
      expect(await saved.savePage(7)).toMatchObject({ status: 'already-saved', by: 'url', title: PAGE.title });
    });
  });

  describe('importFiles', () => {
    it('imports the good files in one write, refuses a bad one with the CLI reason, and keeps a repeat once', async () => {
      const store = memorySavedStore();
      const add = vi.spyOn(store, 'add');
      const { saved } = service(store);
      const report = await saved.importFiles([
        { name: 'a.txt', bytes: utf8(VI_TEXT) },
        { name: 'notes.pdf', bytes: utf8('%PDF') },
        { name: 'b.txt', bytes: utf8(EN_PRABOWO) },
        { name: 'a-copy.txt', bytes: utf8(VI_TEXT) },
        { name: 'bad-date.txt', bytes: utf8(` date 2025-02-30\n${EN_PRABOWO.split('\n').slice(2).join('\n').replace('May 20', 'May 21')}`) },
      ]);
      expect(add).toHaveBeenCalledTimes(1);
      expect(report.imported.map((i) => i.file)).toEqual(['a.txt', 'b.txt', 'bad-date.txt']);
      expect(report.refused).toEqual([{ file: 'notes.pdf', reason: 'notes.pdf: not a .txt file; articles must be UTF-8 text files named *.txt' }]);
      expect(report.duplicates).toEqual([{ file: 'a-copy.txt', reason: expect.stringMatching(/^a-copy\.txt: duplicate of "Thủ tướng Phạm Minh Chính .*" \(same address\); kept once$/) }]);
      expect(report.warnings).toEqual(['bad-date.txt:1: header date "2025-02-30" is not a valid YYYY-MM-DD date; the article is kept without a header date']);
      expect(await store.articles()).toHaveLength(3);
    });

    it('keeps nothing when the write fails (one transaction)', async () => {
      const store = memorySavedStore();
      const { saved } = service({ ...store, add: () => Promise.reject(new Error('aborted')) });
      await expect(saved.importFiles([{ name: 'a.txt', bytes: utf8(VI_TEXT) }, { name: 'b.txt', bytes: utf8(EN_PRABOWO) }])).rejects.toThrow('aborted');
      expect(await store.articles()).toEqual([]);
    });
  });

  describe('exportAll', () => {
    it('lays the articles out as corpus/articles/<id>.txt with their file text, and a manifest of where each came from', async () => {
      const { saved } = service();
      await saved.importFiles([{ name: 'b.txt', bytes: utf8(EN_PRABOWO) }, { name: 'a.txt', bytes: utf8(VI_TEXT) }]);
      const exported = await saved.exportAll();
      expect(exported.files.map((f) => f.path)).toEqual([...exported.files.map((f) => f.path)].sort());
      expect(exported.files.every((f) => /^articles\/saved-[0-9a-f]{16}\.txt$/.test(f.path))).toBe(true);
      expect(exported.files.map((f) => f.text).sort()).toEqual([EN_PRABOWO, VI_TEXT].sort());
      expect(exported.manifest).toMatchObject({ format: 'leaderlens-saved-articles', version: 1, exportedAt: '2026-01-02T03:04:05.000Z' });
      expect(exported.manifest.articles.map((a) => a.url).sort()).toEqual(['https://news.example/luong-cuong-prabowo.html', 'https://tintuc.example/thu-tuong-hoi-dam-singapore.html']);
    });
  });

  describe('list, remove, findSaved', () => {
    it('lists the newest first with their counts, and removes one (its facts go with it)', async () => {
      const store = memorySavedStore();
      const { saved, state } = service(store);
      await saved.savePage(1);
      const later = await entryOf(EN_PRABOWO);
      await store.add([{ article: { ...later.article, savedAt: '2027-01-01T00:00:00Z' }, reading: { ...later.reading, savedAt: '2027-01-01T00:00:00Z' } }]);
      const { articles } = await saved.list();
      expect(articles.map((a) => a.title)).toEqual([expect.stringContaining('Prabowo'), PAGE.title]);
      expect(articles[1]).toMatchObject({ site: 'Tin Tức', date: '2025-04-10', meetings: 1, quotes: 2 });
      expect(Object.keys((await state.facts()).meetings)).toHaveLength(2);
      expect(await saved.remove(articles[1]!.id)).toBe(true);
      expect(Object.keys((await state.facts()).meetings)).toHaveLength(1);
      expect(await saved.remove('saved-0000000000000000')).toBe(false);
    });

    it("says a cut-off save was cut off (its marker and no article), and not once the article is there", async () => {
      const store = memorySavedStore();
      const { saved } = service(store);
      await store.markPending({ id: 'tintuc.example/thu-tuong-hoi-dam-singapore.html', title: PAGE.title, url: PAGE.url, startedAt: '2026-01-01T00:00:00Z' });
      expect((await saved.list()).interrupted.map((p) => p.title)).toEqual([PAGE.title]);
      expect(await saved.findSaved(PAGE.url)).toMatchObject({ saved: null, interrupted: { title: PAGE.title } });
      await saved.savePage(1);
      expect(await saved.findSaved(`${PAGE.url}#top`)).toMatchObject({ saved: { title: PAGE.title }, interrupted: null });
      expect((await saved.list()).interrupted).toEqual([]);
      await saved.dismissInterrupted('x');
    });
  });

  describe('onStamps', () => {
    it('starts reading again only when a stamp is not this worker\'s', async () => {
      const store = memorySavedStore();
      const { saved } = service(store);
      const entry = await entryOf(VI_TEXT);
      await store.add([{ article: entry.article, reading: { ...entry.reading, stamp: 'old-engine:old-index' } }]);
      const current = readingStamp(engineVersion(), (await seedLookups()).buildId);
      await saved.onStamps([current]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await store.readings())[0]?.stamp).toBe('old-engine:old-index');
      await saved.onStamps(['old-engine:old-index', current]);
      await expect.poll(async () => (await store.readings())[0]?.stamp).toBe(current);
    });
  });

  describe('rereadStale', () => {
    it('reads again, from its stored text, an article read by another engine or index, keeping what the reader saw', async () => {
      const store = memorySavedStore();
      const { saved, changed } = service(store);
      const entry = await entryOf(VI_TEXT, { title: 'Kept title' });
      await store.add([{ article: entry.article, reading: { ...entry.reading, stamp: 'old-engine:old-index', facts: { ...entry.reading.facts, meetings: [] } } }]);
      expect(await saved.rereadStale()).toBe(1);
      const [reading] = await store.readings();
      expect(reading?.stamp).toBe(readingStamp(engineVersion(), (await seedLookups()).buildId));
      expect(reading?.facts.meetings).toHaveLength(1);
      expect(reading?.title).toBe(entry.article.title);
      expect(changed).toHaveBeenCalled();
      // Read with this engine already: nothing to do.
      expect(await saved.rereadStale()).toBe(0);
    });
  });
});
