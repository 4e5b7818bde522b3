import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-types';
import { createBackgroundHandlers } from '../../src/messages/background-handlers';
import { briefCard, hasStubs } from '../../src/lookup/card-brief';
import { createGestureGate } from '../../src/messages/gesture-gate';
import { createBackgroundMarks } from '../../src/marks/background-marks';
import { loadMarks, removeMark } from '../../src/marks/marks-store';
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

  it('get-brief-card answers the same card with the rows "More" hides as stubs, or null', async () => {
    const request = { leaderId: 'to-lam', pageDate: '2030-01-01', pageLeaderIds: ['vladimir-putin'] };
    const card = await handlers['get-card']({ type: 'get-card', ...request });
    const brief = await handlers['get-brief-card']({ type: 'get-brief-card', ...request });
    expect(brief).toEqual(briefCard(card!));
    expect(hasStubs(brief!)).toBe(true);
    expect(await handlers['get-brief-card']({ type: 'get-brief-card', leaderId: 'nobody', pageDate: null, pageLeaderIds: [] })).toBeNull();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('get-card and get-article answer "unknown" (null) for the inherited name "%s"', async (id) => {
    expect(await handlers['get-card']({ type: 'get-card', leaderId: id, pageDate: null, pageLeaderIds: [id] })).toBeNull();
    expect(await handlers['get-article']({ type: 'get-article', articleId: id })).toBeNull();
  });

  it('search answers grouped results and passes the limit on', async () => {
    const results = await handlers.search({ type: 'search', query: 'tổng bí thư', limit: 2 });
    expect(results.leaders).toHaveLength(2);
  });

  it('get-leader-record answers the leader\'s record under the filter, or null for an unknown leader', async () => {
    const record = await handlers['get-leader-record']({ type: 'get-leader-record', leaderId: 'to-lam' });
    expect(record?.counterparts.map((c) => [c.id, c.count])).toEqual([['thongloun-sisoulith', 2], ['luong-cuong', 1], ['vladimir-putin', 1]]);
    const pair = await handlers['get-leader-record']({ type: 'get-leader-record', leaderId: 'to-lam', filter: { with: 'vladimir-putin' }, quotes: { limit: 1 } });
    expect(pair?.meetings.map((m) => m.id)).toEqual(['m-moscow-2025']);
    expect(pair?.quotes.map((q) => q.id)).toEqual(['q-moscow']);
    expect(await handlers['get-leader-record']({ type: 'get-leader-record', leaderId: 'constructor' })).toBeNull();
  });

  it('get-leader-record answers the page of meetings asked for (the table\'s "Show more", an export\'s chunks)', async () => {
    const all = await handlers['get-leader-record']({ type: 'get-leader-record', leaderId: 'to-lam' });
    const ids = all!.meetings.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(1);
    const second = await handlers['get-leader-record']({ type: 'get-leader-record', leaderId: 'to-lam', meetings: { offset: 1, limit: 1 }, quotes: { limit: 0 } });
    expect(second!.meetings.map((m) => m.id)).toEqual([ids[1]]);
    expect(second!.meetingPage).toEqual({ offset: 1, total: all!.meetingPage.total });
    expect(second!.quotes).toEqual([]);
    const none = await handlers['get-leader-record']({ type: 'get-leader-record', leaderId: 'to-lam', meetings: { limit: 0 } });
    expect(none!.meetings).toEqual([]);
  });

  it('get-coverage answers what the index covers', async () => {
    const coverage = await handlers['get-coverage']({ type: 'get-coverage' });
    expect(coverage.articles).toBe(Object.keys(index.articles).length);
    expect(coverage.people.registry).toBe(Object.keys(index.leaders).length);
    expect(coverage.registryAsOf).toBe(index.registryAsOf);
  });

  describe('open-leader-page', () => {
    it('opens the leader page at the card\'s date and language, once per real click', async () => {
      const opened: string[] = [];
      const h = createBackgroundHandlers(async () => wholeIndexLookups(index), async (url) => void opened.push(url), createGestureGate({ minIntervalMs: 0 }));
      const request = { type: 'open-leader-page' as const, leaderId: 'to-lam', pageDate: '2025-05-09', lang: 'vi' as const, gesture: 'gesture-0123456789abcdef' };
      expect(await h['open-leader-page'](request)).toBe(true);
      expect(await h['open-leader-page'](request)).toBe(false);
      expect(opened).toHaveLength(1);
      const url = new URL(opened[0]!);
      expect(url.pathname).toBe('/leader.html');
      expect(Object.fromEntries(url.searchParams)).toEqual({ id: 'to-lam', date: '2025-05-09', lang: 'vi' });
    });

    it('shares the reader links\' gate: one tab per click, whichever link it was', async () => {
      const opened: string[] = [];
      const h = createBackgroundHandlers(async () => wholeIndexLookups(index), async (url) => void opened.push(url), createGestureGate({ minIntervalMs: 0 }));
      const gesture = 'gesture-fedcba9876543210';
      expect(await h['open-reader']({ type: 'open-reader', articleId: 'a-laos', evidence: 'x', gesture })).toBe(true);
      expect(await h['open-leader-page']({ type: 'open-leader-page', leaderId: 'to-lam', pageDate: null, gesture })).toBe(false);
      expect(opened).toHaveLength(1);
    });
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

  describe('mark-wrong and unmark-wrong', () => {
    beforeEach(() => fakeBrowser.reset());

    const at = new Date('2026-01-02T03:04:05.000Z');
    const make = () =>
      createBackgroundHandlers(async () => wholeIndexLookups(index), undefined, undefined, {
        marks: createBackgroundMarks(undefined, fakeBrowser.storage.onChanged),
        markGate: createGestureGate({ minIntervalMs: 0 }),
        now: () => at,
        extensionVersion: () => '9.9.9',
      });
    let n = 0;
    const token = () => `gesture-${String(++n).padStart(16, '0')}`;
    const mark = { type: 'mark-wrong', kind: 'meeting', itemId: 'm-laos-2024', leaderId: 'to-lam' } as const;

    it('stores the mark with what the index says of the item, and get-card and search leave it out', async () => {
      const h = make();
      const before = await h.search({ type: 'search', query: 'hội đàm' });
      expect(before.meetings.map((m) => m.id)).toContain('m-laos-2024');
      expect(await h['mark-wrong']({ ...mark, gesture: token() })).toBe(true);
      const { marks } = await loadMarks();
      expect(marks).toEqual([expect.objectContaining({ kind: 'meeting', id: 'm-laos-2024', leaderId: 'to-lam', markedAt: at.toISOString(), index: expect.objectContaining({ extensionVersion: '9.9.9' }) })]);
      expect(marks[0]!.item.sources[0]).toMatchObject({ file: 'laos.txt' });

      const card = await h['get-card']({ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-06-01', pageLeaderIds: [] });
      expect(card!.meetings.map((m) => m.id)).not.toContain('m-laos-2024');
      // The same meeting is gone from the other participant's card too.
      const other = await h['get-card']({ type: 'get-card', leaderId: 'thongloun-sisoulith', pageDate: '2025-06-01', pageLeaderIds: [] });
      expect(other!.meetings.map((m) => m.id)).not.toContain('m-laos-2024');
      const found = await h.search({ type: 'search', query: 'hội đàm' });
      expect(found.meetings.map((m) => m.id)).not.toContain('m-laos-2024');
    });

    it('unmark-wrong brings the item back', async () => {
      const h = make();
      await h['mark-wrong']({ ...mark, gesture: token() });
      expect(await h['unmark-wrong']({ ...mark, type: 'unmark-wrong', gesture: token() })).toBe(true);
      expect((await loadMarks()).marks).toEqual([]);
      const card = await h['get-card']({ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-06-01', pageLeaderIds: [] });
      expect(card!.meetings.map((m) => m.id)).toContain('m-laos-2024');
    });

    it('shows an item again once the options page undoes its mark behind the worker\'s back', async () => {
      const h = make();
      await h['mark-wrong']({ ...mark, gesture: token() });
      await h['get-card']({ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-06-01', pageLeaderIds: [] });
      await removeMark('meeting', 'm-laos-2024');
      const card = await h['get-card']({ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-06-01', pageLeaderIds: [] });
      expect(card!.meetings.map((m) => m.id)).toContain('m-laos-2024');
    });

    it('marks nothing for a token already used (one change per real click)', async () => {
      const h = make();
      const gesture = token();
      expect(await h['mark-wrong']({ ...mark, gesture })).toBe(true);
      await removeMark('meeting', 'm-laos-2024');
      expect(await h['mark-wrong']({ ...mark, gesture })).toBe(false);
      expect((await loadMarks()).marks).toEqual([]);
      expect(await h['unmark-wrong']({ ...mark, type: 'unmark-wrong', gesture })).toBe(false);
    });

    it('marks nothing for an item that is not on that leader\'s card, and says why in the console', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const h = make();
      expect(await h['mark-wrong']({ ...mark, itemId: 'm-trong-putin', gesture: token() })).toBe(false);
      expect((await loadMarks()).marks).toEqual([]);
      expect(warn).toHaveBeenCalledWith('leaderlens marks: could not mark meeting m-trong-putin: it is not on the card of to-lam');
      warn.mockRestore();
    });

    it('get-leader-record leaves marked items out, as get-card does', async () => {
      const h = make();
      await h['mark-wrong']({ ...mark, gesture: token() });
      const record = await h['get-leader-record']({ type: 'get-leader-record', leaderId: 'to-lam' });
      expect(record!.meetings.map((m) => m.id)).not.toContain('m-laos-2024');
      expect(record!.counterparts.find((c) => c.id === 'thongloun-sisoulith')?.count).toBe(1);
    });

    it('keeps its own gate: a source opened just before does not hold a mark back', async () => {
      const h = createBackgroundHandlers(async () => wholeIndexLookups(index), async () => undefined, createGestureGate(), {
        marks: createBackgroundMarks(undefined, fakeBrowser.storage.onChanged),
      });
      expect(await h['open-reader']({ type: 'open-reader', articleId: 'a-laos', evidence: 'x', gesture: token() })).toBe(true);
      expect(await h['mark-wrong']({ ...mark, gesture: token() })).toBe(true);
    });
  });
});

describe('saved-article requests', () => {
  it('go to the saved-articles service, an import with its files decoded from base64', async () => {
    const importFiles = vi.fn(async () => ({ imported: [], duplicates: [], refused: [], warnings: [] }));
    const remove = vi.fn(async () => true);
    const saved = { importFiles, remove } as unknown as NonNullable<Parameters<typeof createBackgroundHandlers>[3]>['saved'];
    const h = createBackgroundHandlers(async () => wholeIndexLookups(index), undefined, undefined, { saved });
    await h['import-saved']({ type: 'import-saved', files: [{ name: 'a.txt', base64: 'VMO0IEzDom0=' }] });
    expect(importFiles).toHaveBeenCalledWith([{ name: 'a.txt', bytes: new TextEncoder().encode('Tô Lâm') }]);
    expect(await h['remove-saved']({ type: 'remove-saved', id: 'saved-0123456789abcdef' })).toBe(true);
  });

  it('fail with a reason in a background without saved articles', async () => {
    expect(() => handlers['list-saved']({ type: 'list-saved' })).toThrow(/saved articles are not available/);
  });
});
