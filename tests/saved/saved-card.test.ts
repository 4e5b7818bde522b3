import { describe, expect, it } from 'vitest';
import { cardFor } from '../../src/lookup/card';
import { cardFactsWithSaved, keepCardFactsWithSaved } from '../../src/saved/saved-card';
import { assembleSaved } from '../../src/saved/saved-facts';
import { EN_LAOS, entryOf, seedLookups, VI_TEXT } from './saved-fixture';

async function saved() {
  const vi = { ...(await entryOf(VI_TEXT)).reading, id: 'saved-00000000000000a1' };
  const laos = { ...(await entryOf(EN_LAOS)).reading, id: 'saved-00000000000000b1' };
  return assembleSaved([vi, laos]);
}

describe('cardFactsWithSaved', () => {
  it("adds a leader's saved meetings and quotes to their card", async () => {
    const index = await seedLookups();
    const facts = (await index.cardFacts('pham-minh-chinh'))!;
    const card = cardFor(cardFactsWithSaved(facts, await saved(), 'pham-minh-chinh'), 'pham-minh-chinh', '2025-06-01', []);
    const meetings = card!.meetings.filter((m) => m.others.some((o) => o.id === 'lawrence-wong'));
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.sources[0]).toMatchObject({ articleId: 'saved-00000000000000a1', articleTitle: expect.stringContaining('Lawrence Wong') });
    expect(card!.quotes.some((q) => q.source.articleId === 'saved-00000000000000a1')).toBe(true);
  });

  it('shows a meeting the index also holds once, with both sources', async () => {
    const index = await seedLookups();
    const before = cardFor((await index.cardFacts('to-lam'))!, 'to-lam', '2026-01-01', []);
    const after = cardFor(cardFactsWithSaved((await index.cardFacts('to-lam'))!, await saved(), 'to-lam'), 'to-lam', '2026-01-01', []);
    expect(after!.meetings.map((m) => m.id).sort()).toEqual(before!.meetings.map((m) => m.id).sort());
    const talks = after!.meetings.find((m) => m.id === 'm-0dzrceux2iys8')!;
    expect(talks.sources.map((s) => s.articleId)).toEqual(['001-934c8d96b2ae570d', 'saved-00000000000000b1']);
  });

  it('leaves the facts as they are for a leader no saved article names', async () => {
    const index = await seedLookups();
    const facts = (await index.cardFacts('vladimir-putin'))!;
    expect(cardFactsWithSaved(facts, await saved(), 'vladimir-putin')).toBe(facts);
  });
});

describe('keepCardFactsWithSaved', () => {
  it('merges a leader\'s facts once while the index part and the saved part are the same', async () => {
    const index = await seedLookups();
    const s = await saved();
    const merge = keepCardFactsWithSaved();
    const first = merge((await index.cardFacts('to-lam'))!, s, 'to-lam');
    expect(merge((await index.cardFacts('to-lam'))!, s, 'to-lam')).toBe(first);
    expect(first).toEqual(cardFactsWithSaved((await index.cardFacts('to-lam'))!, s, 'to-lam'));
  });

  it('merges again once the saved part is another (a save or removal read it again)', async () => {
    const index = await seedLookups();
    const merge = keepCardFactsWithSaved();
    const first = merge((await index.cardFacts('to-lam'))!, await saved(), 'to-lam');
    const again = merge((await index.cardFacts('to-lam'))!, await saved(), 'to-lam');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe("cardFor's savedArticle over cardFactsWithSaved", () => {
  it('marks origin "saved" on the meetings and quotes a saved article tells, and only on them', async () => {
    const index = await seedLookups();
    const s = await saved();
    const card = cardFor(cardFactsWithSaved((await index.cardFacts('to-lam'))!, s, 'to-lam'), 'to-lam', '2026-01-01', [], { savedArticle: (id) => s.savedArticles.has(id) })!;
    expect(card.meetings.filter((m) => m.origin === 'saved').map((m) => m.id)).toEqual(['m-0dzrceux2iys8']);
    expect(card.meetings.filter((m) => m.origin === undefined).length).toBeGreaterThan(0);
    expect(card.quotes.filter((q) => q.origin === 'saved').every((q) => q.source.articleId === 'saved-00000000000000b1')).toBe(true);
    expect(card.quotes.some((q) => q.origin === 'saved')).toBe(true);
  });
});
