import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-types';
import { createBackgroundHandlers } from '../../src/messages/background-handlers';
import { loadFixtureIndex } from '../index-data/fixture-build';
import { wholeIndexLookups } from '../../src/index-data/whole-index-lookups';

const index = loadFixtureIndex();
const handlers = createBackgroundHandlers(async () => wholeIndexLookups(index));

describe('createBackgroundHandlers', () => {
  it('get-matcher answers the compiled matcher and its pattern table', async () => {
    const matcher = await handlers['get-matcher']({ type: 'get-matcher' });
    expect(matcher.meanings.length).toBeGreaterThan(0);
    expect(matcher.compiled.patternIds.length).toBeGreaterThan(0);
  });

  it('get-card answers the card, or null for an unknown leader', async () => {
    const card = await handlers['get-card']({ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-06-01', pageLeaderIds: ['vladimir-putin'] });
    expect(card?.meetings[0]?.id).toBe('m-moscow-2025');
    expect(await handlers['get-card']({ type: 'get-card', leaderId: 'nobody', pageDate: null, pageLeaderIds: [] })).toBeNull();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('get-card and get-article answer "unknown" (null) for the inherited name "%s"', async (id) => {
    expect(await handlers['get-card']({ type: 'get-card', leaderId: id, pageDate: null, pageLeaderIds: [id] })).toBeNull();
    expect(await handlers['get-article']({ type: 'get-article', articleId: id })).toBeNull();
  });

  it('search answers grouped results and passes the limit on', async () => {
    const results = await handlers.search({ type: 'search', query: 'tổng bí thư', limit: 2 });
    expect(results.leaders).toHaveLength(2);
  });

  it('get-coverage answers what the index covers', async () => {
    const coverage = await handlers['get-coverage']({ type: 'get-coverage' });
    expect(coverage.articles).toBe(Object.keys(index.articles).length);
    expect(coverage.people.registry).toBe(Object.keys(index.leaders).length);
    expect(coverage.registryAsOf).toBe(index.registryAsOf);
  });

  describe('get-settings', () => {
    beforeEach(() => fakeBrowser.reset());

    it('answers every setting, defaults filled in, without loading the index', async () => {
      const lazy = createBackgroundHandlers(() => Promise.reject(new Error('the index must not load')));
      await fakeBrowser.storage.sync.set({ 'settings.highlightStyle': 'background' });
      expect(await lazy['get-settings']({ type: 'get-settings' })).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
    });

    it('repairs an invalid stored value as loadSettings does', async () => {
      await fakeBrowser.storage.sync.set({ 'settings.hoverDelayMs': 'soon' });
      const settings = await handlers['get-settings']({ type: 'get-settings' });
      expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    });
  });
});
