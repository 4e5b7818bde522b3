import { describe, expect, it } from 'vitest';
import { NO_SAVED_FACTS } from '../../src/saved/saved-facts';
import { memorySavedStore } from '../../src/saved/saved-store';
import { entryOf, VI_TEXT } from './saved-fixture';
import type { SavedEntry } from '../../src/saved/saved-store';

function entry(id: string, urlKey: string | null, contentKey: string): SavedEntry {
  const article = { id, text: 't', url: urlKey && `https://${urlKey}`, urlKey, contentKey, title: `T ${id}`, site: null, published: null, lang: null, savedAt: '2026-01-01T00:00:00Z', origin: 'page' as const, paragraphs: [] };
  const reading = { id, stamp: 's', title: article.title, site: null, url: article.url, date: null, dateInferred: false, language: 'vi' as const, savedAt: article.savedAt, layout: { title: 'T', titleLine: 1, captionLines: [] }, widenedWith: '', facts: { meetings: [], quotes: [], unknown: [], leaders: [] }, bundled: [], placeCountries: {} };
  return { article, reading };
}

describe('memorySavedStore', () => {
  it('keeps an article and its reading together', async () => {
    const store = memorySavedStore();
    expect(await store.add([entry('a', 'x.example/a', 'c1')])).toEqual([{ added: true }]);
    expect((await store.article('a'))?.title).toBe('T a');
    expect((await store.readings()).map((r) => r.id)).toEqual(['a']);
  });

  it('refuses a second article with the same address or the same text, naming the first', async () => {
    const store = memorySavedStore();
    await store.add([entry('a', 'x.example/a', 'c1')]);
    expect(await store.add([entry('b', 'x.example/a', 'c2')])).toEqual([{ added: false, duplicate: { id: 'a', title: 'T a', by: 'url' } }]);
    expect(await store.add([entry('c', null, 'c1')])).toEqual([{ added: false, duplicate: { id: 'a', title: 'T a', by: 'text' } }]);
    expect(await store.findDuplicate('x.example/a', 'zz')).toEqual({ id: 'a', title: 'T a', by: 'url' });
    expect(await store.findDuplicate(null, 'zz')).toBeNull();
    expect((await store.articles()).length).toBe(1);
  });

  it('keeps any number of articles without an address', async () => {
    const store = memorySavedStore();
    expect(await store.add([entry('a', null, 'c1'), entry('b', null, 'c2')])).toEqual([{ added: true }, { added: true }]);
  });

  it('keeps a repeat inside one batch once', async () => {
    const store = memorySavedStore();
    const outcomes = await store.add([entry('a', null, 'c1'), entry('b', null, 'c1')]);
    expect(outcomes[1]).toEqual({ added: false, duplicate: { id: 'a', title: 'T a', by: 'text' } });
  });

  it('clears the pending marker of a save with its write', async () => {
    const store = memorySavedStore();
    await store.markPending({ id: 'x.example/a', title: 'T', url: null, startedAt: '' });
    expect(await store.pending()).toHaveLength(1);
    await store.add([entry('a', 'x.example/a', 'c1')], 'x.example/a');
    expect(await store.pending()).toEqual([]);
  });

  it('removes an article and its reading; false when there was none', async () => {
    const store = memorySavedStore();
    await store.add([entry('a', null, 'c1')]);
    expect(await store.remove('a')).toBe(true);
    expect(await store.readings()).toEqual([]);
    expect(await store.remove('a')).toBe(false);
  });

  it('replaces a reading and the paragraphs of an article still kept', async () => {
    const store = memorySavedStore();
    const e = entry('a', null, 'c1');
    await store.add([e]);
    expect(await store.replaceReadings([{ reading: { ...e.reading, stamp: 'new' }, paragraphs: [{ text: 'p', line: 2 }] }])).toBe(1);
    expect((await store.readings())[0]?.stamp).toBe('new');
    expect((await store.article('a'))?.paragraphs).toEqual([{ text: 'p', line: 2 }]);
    await store.remove('a');
    expect(await store.replaceReadings([{ reading: e.reading, paragraphs: [] }])).toBe(0);
  });

  it('keeps the assembled facts with every write: the whole, each leader part and the stamps', async () => {
    const store = memorySavedStore();
    expect(await store.facts()).toEqual(NO_SAVED_FACTS);
    expect(await store.stamps()).toEqual([]);
    const vi = await entryOf(VI_TEXT);
    await store.add([vi]);
    expect(Object.keys((await store.facts()).meetings)).toHaveLength(1);
    expect((await store.leaderFacts('lawrence-wong'))?.cards).toEqual({ 'lawrence-wong': expect.objectContaining({ meetingIds: [expect.any(String)] }) });
    expect(await store.leaderFacts('vladimir-putin')).toBeNull();
    expect(await store.stamps()).toEqual(['test-engine:test-index']);
    await store.replaceReadings([{ reading: { ...vi.reading, stamp: 'new' }, paragraphs: [] }]);
    expect(await store.stamps()).toEqual(['new']);
    await store.remove(vi.article.id);
    expect(await store.leaderFacts('lawrence-wong')).toBeNull();
    expect(await store.facts()).toEqual(NO_SAVED_FACTS);
  });

  it('hands out copies: changing what it gave changes nothing kept', async () => {
    const store = memorySavedStore();
    await store.add([entry('a', null, 'c1')]);
    (await store.article('a'))!.title = 'changed';
    expect((await store.article('a'))?.title).toBe('T a');
  });
});
