import { describe, expect, it } from 'vitest';
import { briefCardFor, cardFor, type Card } from '../../src/lookup/card';
import { briefCard, hasStubs, isStub } from '../../src/lookup/card-brief';
import { shownAtFirst } from '../../src/lookup/card-digest';
import { seedLookups } from '../saved/saved-fixture';

async function seedCards(): Promise<Card[]> {
  const index = await seedLookups();
  const { leaders } = (await index.leaderSearch()).records;
  const cards: Card[] = [];
  for (const id of Object.keys(leaders)) {
    for (const [pageDate, pageLeaderIds] of [['9999-12-31', []], [null, ['to-lam', 'luong-cuong', 'thongloun-sisoulith']]] as const) {
      const card = await index.card(id, pageDate, pageLeaderIds, { today: '2026-01-01' });
      if (card) cards.push(card);
    }
  }
  return cards;
}

describe('briefCard', () => {
  it('keeps every item in its place, whole where the card shows it at first and a stub elsewhere', async () => {
    const cards = await seedCards();
    expect(cards.some((card) => card.meetings.length > 4 && card.quotes.length > 4)).toBe(true);
    for (const card of cards) {
      const brief = briefCard(card);
      const shown = shownAtFirst(card);
      expect(brief.meetings.map((m) => m.id)).toEqual(card.meetings.map((m) => m.id));
      expect(brief.quotes.map((q) => q.id)).toEqual(card.quotes.map((q) => q.id));
      brief.meetings.forEach((m, i) => (shown.meetings.has(m.id) ? expect(m).toBe(card.meetings[i]) : expect(isStub(m)).toBe(true)));
      brief.quotes.forEach((q, i) => (shown.quotes.has(q.id) ? expect(q).toBe(card.quotes[i]) : expect(isStub(q)).toBe(true)));
      // The header and the timeline are the card's own.
      expect({ ...brief, meetings: [], quotes: [] }).toEqual({ ...card, meetings: [], quotes: [] });
    }
  });

  it('gives a stub what ordering, grouping, the timeline and the contract\'s attributes read, and no text', async () => {
    const card = (await seedCards()).find((c) => c.meetings.length > 4 && c.quotes.length > 4)!;
    const brief = briefCard(card);
    const meeting = brief.meetings.find(isStub)!;
    const full = card.meetings.find((m) => m.id === meeting.id)!;
    expect(meeting).toEqual({
      id: full.id, date: full.date, dateEnd: full.dateEnd, dateInferred: full.dateInferred, undated: full.undated, approxDate: full.approxDate,
      notAfter: full.notAfter, place: full.place, kind: full.kind, others: full.others.map(({ id }) => ({ id })), withPageLeaders: full.withPageLeaders, stub: true,
    });
    const quote = brief.quotes.find(isStub)!;
    const whole = card.quotes.find((q) => q.id === quote.id)!;
    expect(quote).toEqual({ id: whole.id, kind: whole.kind, undated: whole.undated, meetingId: whole.meetingId, withPageLeaders: whole.withPageLeaders, stub: true });
  });

  it('keeps the saved origin on a stub', () => {
    const card = { meetings: [], quotes: [] } as unknown as Card;
    const quote = { id: 'q', text: 't', verb: null, words: 't', kind: 'direct' as const, date: '2024-01-01', dateInferred: false, undated: false, approxDate: null, notAfter: null,
      speakers: [], meetingId: null, withPageLeaders: false, source: { articleId: 'a', articleTitle: '', articleDate: null, evidence: 't' } };
    const brief = briefCard({ ...card, quotes: [1, 2, 3, 4].map((n) => ({ ...quote, id: `q${n}`, origin: 'saved' as const })) });
    expect(brief.quotes.filter(isStub)).toEqual([{ id: 'q4', kind: 'direct', undated: false, meetingId: null, withPageLeaders: false, origin: 'saved', stub: true }]);
  });

  it('leaves a card that shows everything at first without stubs', async () => {
    const small = (await seedCards()).find((c) => c.meetings.length > 0 && c.meetings.length <= 3 && c.quotes.length <= 3)!;
    expect(hasStubs(briefCard(small))).toBe(false);
    expect(briefCard(small)).toEqual(small);
  });
});

describe('briefCardFor', () => {
  it('is briefCard of cardFor, for every card of the seed corpus, from any page', async () => {
    const index = await seedLookups();
    const { leaders } = (await index.leaderSearch()).records;
    let stubs = 0;
    for (const id of Object.keys(leaders)) {
      for (const [pageDate, pageLeaderIds] of [['9999-12-31', []], ['2025-01-01', []], [null, ['to-lam', 'luong-cuong', 'thongloun-sisoulith']]] as const) {
        const facts = (await index.cardFacts(id))!;
        const options = { today: '2026-01-01', savedArticle: (articleId: string) => articleId.endsWith('1') };
        const brief = briefCardFor(facts, id, pageDate, pageLeaderIds, options);
        expect(brief).toEqual(briefCard(cardFor(facts, id, pageDate, pageLeaderIds, options)!));
        stubs += [...brief!.meetings, ...brief!.quotes].filter(isStub).length;
      }
    }
    expect(stubs).toBeGreaterThan(50);
  });
});

describe('hasStubs', () => {
  it('says whether "More" must ask for the rest first', async () => {
    const big = (await seedCards()).find((c) => c.quotes.length > 4)!;
    expect(hasStubs(big)).toBe(false);
    expect(hasStubs(briefCard(big))).toBe(true);
  });
});
