import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/saved/check-article-file';
import { extractFromTab, SAVE_ARTICLE_SCRIPT, type ScriptingApi } from '../../src/saved/extract-from-tab';

const article = { title: 'T', paragraphs: ['Một đoạn.'], url: 'https://a.example/x', siteName: null, published: null, lang: 'vi' };
const scripting = (result: unknown | Error): ScriptingApi & { calls: unknown[] } => {
  const calls: unknown[] = [];
  return {
    calls,
    async executeScript(injection) {
      calls.push(injection);
      if (result instanceof Error) throw result;
      return [{ result }];
    },
  };
};

describe('extractFromTab', () => {
  it("injects the Readability script into the tab's top frame and returns what it found", async () => {
    const api = scripting({ ok: true, article, ms: 12 });
    expect(await extractFromTab(api, 42)).toEqual({ ok: true, article, ms: 12 });
    expect(api.calls).toEqual([{ target: { tabId: 42, frameIds: [0] }, files: [SAVE_ARTICLE_SCRIPT] }]);
  });

  it('says no-access, with the browser reason, for a tab no extension may read', async () => {
    expect(await extractFromTab(scripting(new Error('Cannot access a chrome:// URL')), 1)).toEqual({ ok: false, code: 'no-access', reason: 'Cannot access a chrome:// URL' });
  });

  it("passes on reader mode's reason when it found no article", async () => {
    expect(await extractFromTab(scripting({ ok: false, reason: 'reader mode found no article' }), 1)).toEqual({ ok: false, code: 'no-article', reason: 'reader mode found no article' });
  });

  it('refuses anything else the page world returned (checked like a message)', async () => {
    for (const bad of [undefined, null, 'text', { ok: true, article: { ...article, paragraphs: 'x' }, ms: 1 }, { ok: true, article, ms: 1, extra: { title: 1 } }]) {
      const outcome = await extractFromTab(scripting(bad), 1);
      if (outcome.ok) expect(outcome.article).toEqual(article); // unknown keys are dropped, not trusted
      else expect(outcome.code).toBe('no-article');
    }
  });

  it('refuses an article over the size of one article file', async () => {
    const big = { ok: true, ms: 1, article: { ...article, paragraphs: Array.from({ length: 3 }, () => 'x'.repeat(MAX_ARTICLE_BYTES / 2)) } };
    expect(await extractFromTab(scripting(big), 1)).toMatchObject({ ok: false, code: 'no-article', reason: expect.stringMatching(/too large/) });
  });
});
