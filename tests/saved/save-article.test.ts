import { describe, expect, it } from 'vitest';
import { saveArticle, siteOf, type ArticleDetails } from '../../src/saved/save-article';
import { memorySavedStore, type SavedStore } from '../../src/saved/saved-store';
import { admit, EN_TEXT, saveContext, VI_TEXT } from './saved-fixture';

const PAGE: ArticleDetails = { url: 'https://tintuc.example/thu-tuong-hoi-dam-singapore.html', title: 'Thủ tướng hội đàm', site: 'Tin Tức', published: '2025-04-10', lang: 'vi', origin: 'page' };

describe('saveArticle', () => {
  it('reads the article with the engine and keeps it with its reading, its counts said', async () => {
    const store = memorySavedStore();
    const outcome = await saveArticle(admit(VI_TEXT), PAGE, await saveContext(store));
    expect(outcome).toMatchObject({ status: 'saved', meetings: 1, quotes: 2 });
    const id = outcome.status === 'saved' ? outcome.id : '';
    expect(id).toMatch(/^saved-[0-9a-f]{16}$/);
    const article = await store.article(id);
    expect(article).toMatchObject({ url: PAGE.url, urlKey: 'tintuc.example/thu-tuong-hoi-dam-singapore.html', site: 'Tin Tức', lang: 'vi', origin: 'page', text: VI_TEXT, published: '2025-04-10' });
    expect(article?.paragraphs.length).toBeGreaterThan(0);
    const [reading] = await store.readings();
    expect(reading).toMatchObject({ id, stamp: 'test-engine:test-index', date: '2025-04-10', language: 'vi', url: PAGE.url });
    expect(reading?.bundled).toEqual([null]);
  });

  it('says "already-saved" for the same address or the same text, and keeps one', async () => {
    const store = memorySavedStore();
    const ctx = await saveContext(store);
    await saveArticle(admit(VI_TEXT), PAGE, ctx);
    expect(await saveArticle(admit(EN_TEXT), { ...PAGE, origin: 'page' }, ctx)).toMatchObject({ status: 'already-saved', by: 'url' });
    // The same text in other case and spacing, under another address: the same article.
    const [date, url, ...body] = VI_TEXT.split('\n');
    const again = [date, url!.replace('tintuc.example', 'other.example'), ...body.map((line) => line.toUpperCase().replace(/ /g, '  '))].join('\n');
    expect(await saveArticle(admit(again), { ...PAGE, url: 'https://other.example/x' }, ctx)).toMatchObject({ status: 'already-saved', by: 'text' });
    expect(await store.articles()).toHaveLength(1);
  });

  it('marks the save as begun before the engine runs, and clears the mark with the write', async () => {
    const store = memorySavedStore();
    const ctx = await saveContext(store);
    let pendingDuringEngine: unknown[] = [];
    const outcome = await saveArticle(admit(VI_TEXT), PAGE, {
      ...ctx,
      engine: async () => {
        pendingDuringEngine = await store.pending();
        return ctx.engine();
      },
    });
    expect(outcome.status).toBe('saved');
    expect(pendingDuringEngine).toEqual([expect.objectContaining({ id: 'tintuc.example/thu-tuong-hoi-dam-singapore.html', title: PAGE.title })]);
    expect(await store.pending()).toEqual([]);
  });

  it('leaves the mark and no article when the worker stops before the write (an engine that never answers)', async () => {
    const store = memorySavedStore();
    const ctx = await saveContext(store);
    void saveArticle(admit(VI_TEXT), PAGE, { ...ctx, engine: () => new Promise(() => undefined) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.articles()).toEqual([]);
    expect((await store.pending()).map((p) => p.id)).toEqual(['tintuc.example/thu-tuong-hoi-dam-singapore.html']);
  });

  it('fails with the reason, leaving nothing, when the engine throws or the store refuses', async () => {
    const store = memorySavedStore();
    const ctx = await saveContext(store);
    expect(await saveArticle(admit(VI_TEXT), PAGE, { ...ctx, engine: () => Promise.reject(new Error('no registry')) })).toEqual({ status: 'failed', code: 'engine', reason: 'no registry' });
    const refusing: SavedStore = { ...store, add: () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await saveArticle(admit(VI_TEXT), PAGE, { ...ctx, store: refusing })).toEqual({ status: 'failed', code: 'storage', reason: 'QuotaExceededError' });
    expect(await store.articles()).toEqual([]);
    expect(await store.pending()).toEqual([]);
  });

  it("takes the address and date from the file's header when the details give none (an import)", async () => {
    const store = memorySavedStore();
    await saveArticle(admit(VI_TEXT), { url: null, title: null, site: null, published: null, lang: null, origin: 'import' }, await saveContext(store));
    const [article] = await store.articles();
    expect(article).toMatchObject({ url: 'https://tintuc.example/thu-tuong-hoi-dam-singapore.html', site: 'tintuc.example', published: '2025-04-10', origin: 'import' });
    expect(article?.title).toContain('Lawrence Wong');
  });
});

describe('siteOf', () => {
  it('names the host without www., and nothing for no address', () => {
    expect(siteOf('https://www.vnexpress.net/a.html')).toBe('vnexpress.net');
    expect(siteOf(null)).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
