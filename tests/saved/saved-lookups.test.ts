import { describe, expect, it } from 'vitest';
import { briefCard } from '../../src/lookup/card-brief';
import { withSavedArticles } from '../../src/saved/saved-lookups';
import { createSavedState } from '../../src/saved/saved-state';
import { memorySavedStore } from '../../src/saved/saved-store';
import { EN_LAOS, entryOf, seedLookups, VI_TEXT } from './saved-fixture';

async function setup() {
  const store = memorySavedStore();
  const state = createSavedState(store);
  const index = await seedLookups();
  return { store, state, index, lookups: withSavedArticles(index, state, store) };
}

describe('withSavedArticles', () => {
  it("answers a card with a saved article's meeting, marked saved, as soon as it is stored", async () => {
    const { store, state, lookups } = await setup();
    expect((await lookups.card('pham-minh-chinh', '2025-06-01', []))?.meetings.some((m) => m.origin === 'saved')).toBe(false);
    await store.add([await entryOf(VI_TEXT)]);
    state.changed();
    const card = await lookups.card('pham-minh-chinh', '2025-06-01', []);
    expect(card?.meetings.filter((m) => m.origin === 'saved').map((m) => m.others.map((o) => o.id))).toEqual([['lawrence-wong']]);
    // Not before the meeting: a page of 2025-04-01 does not show it.
    expect((await lookups.card('pham-minh-chinh', '2025-04-01', []))?.meetings.some((m) => m.origin === 'saved')).toBe(false);
  });

  it('answers the brief card with the same items, a saved one marked saved whole or as a stub', async () => {
    const { store, state, lookups } = await setup();
    await store.add([await entryOf(VI_TEXT), await entryOf(EN_LAOS)]);
    state.changed();
    for (const id of ['to-lam', 'pham-minh-chinh']) {
      const card = (await lookups.card(id, null, ['lawrence-wong']))!;
      expect(await lookups.briefCard(id, null, ['lawrence-wong'])).toEqual(briefCard(card));
      expect(card.meetings.some((m) => m.origin === 'saved')).toBe(true);
    }
  });

  it('leaves out a saved item the reader marked as wrong, as for the index', async () => {
    const { store, state, lookups } = await setup();
    await store.add([await entryOf(VI_TEXT)]);
    state.changed();
    const id = (await lookups.card('pham-minh-chinh', null, []))!.meetings.find((m) => m.origin === 'saved')!.id;
    const card = await lookups.card('pham-minh-chinh', null, [], { leaveOut: { meetings: new Set([id]), quotes: new Set() } });
    expect(card?.meetings.some((m) => m.id === id)).toBe(false);
  });

  it('gives cardFacts with the saved items, so a saved meeting can be marked as wrong', async () => {
    const { store, state, lookups } = await setup();
    await store.add([await entryOf(VI_TEXT)]);
    state.changed();
    const facts = await lookups.cardFacts('lawrence-wong');
    expect(facts?.cards['lawrence-wong']?.meetingIds.some((id) => facts.meetings[id]?.sources.some((s) => s.articleId.startsWith('saved-')))).toBe(true);
  });

  it("adds the other leader's saved part for the leader page's pair view", async () => {
    const { store, state, lookups } = await setup();
    await store.add([await entryOf(VI_TEXT)]);
    state.changed();
    const facts = await lookups.cardFacts('to-lam', 'lawrence-wong');
    expect(facts?.cards['lawrence-wong']?.meetingIds.length).toBeGreaterThan(0);
    expect(facts?.cards['to-lam']).toBeDefined();
  });

  it('searches the index and the saved articles together', async () => {
    const { store, state, lookups, index } = await setup();
    await store.add([await entryOf(EN_LAOS)]);
    state.changed();
    const plain = await index.search('thongloun');
    const both = await lookups.search('thongloun');
    expect(both.leaders).toEqual(plain.leaders);
    const talks = both.meetings.find((m) => m.id === 'm-0dzrceux2iys8');
    expect(talks?.origin).toBe('saved');
    expect(both.meetings.filter((m) => m.id === 'm-0dzrceux2iys8')).toHaveLength(1);
  });

  it("answers the index's own search when nothing is saved", async () => {
    const { lookups, index } = await setup();
    expect(await lookups.search('to lam')).toEqual(await index.search('to lam'));
  });

  it('reads a saved article for the reader page from the store, and an index article from the index', async () => {
    const { store, state, lookups } = await setup();
    const entry = await entryOf(VI_TEXT);
    await store.add([entry]);
    state.changed();
    const article = await lookups.article(entry.article.id);
    expect(article).toMatchObject({ id: entry.article.id, file: `${entry.article.id}.txt`, date: '2025-04-10', url: entry.article.url });
    expect(article?.paragraphs.length).toBeGreaterThan(0);
    expect((await lookups.article('001-934c8d96b2ae570d'))?.title).toContain('Tô Lâm');
    expect(await lookups.article('saved-ffffffffffffffff')).toBeNull();
  });

  it("keeps the index's matcher, counts and coverage", async () => {
    const { lookups, index } = await setup();
    expect(lookups.counts).toEqual(index.counts);
    expect(await lookups.matcher()).toBe(await index.matcher());
    expect(lookups.coverage('2026-01-01')).toEqual(index.coverage('2026-01-01'));
  });
});
