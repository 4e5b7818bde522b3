import { describe, expect, it } from 'vitest';
import { cardFor, type Card } from '../../src/lookup/card';
import { briefCard, isStub } from '../../src/lookup/card-brief';
import { CARD_WIRE_VERSION, packCard, unpackCard, type PackedCard } from '../../src/messages/card-wire';
import { cardFactsWithSaved } from '../../src/saved/saved-card';
import { assembleSaved } from '../../src/saved/saved-facts';
import { EN_LAOS, entryOf, seedLookups, VI_TEXT } from '../saved/saved-fixture';

/** Through JSON, as a message crosses: what the page receives. */
const overTheWire = (packed: PackedCard): PackedCard => JSON.parse(JSON.stringify(packed)) as PackedCard;

async function seedCards(): Promise<Card[]> {
  const index = await seedLookups();
  const { leaders } = (await index.leaderSearch()).records;
  const cards: Card[] = [];
  for (const id of Object.keys(leaders)) {
    // Three views of each card: every item prior, items the page's date cannot place, and
    // items shared with a leader named on the page.
    for (const [pageDate, pageLeaderIds] of [['9999-12-31', []], ['2025-01-01', []], [null, ['to-lam', 'luong-cuong', 'thongloun-sisoulith']]] as const) {
      const card = await index.card(id, pageDate, pageLeaderIds, { today: '2026-01-01' });
      if (card) cards.push(card);
    }
  }
  return cards;
}

describe('packCard', () => {
  it('gives back every card of the seed corpus field for field once unpacked', async () => {
    const cards = await seedCards();
    expect(cards.some((c) => c.quotes.some((q) => q.verb !== null) && c.meetings.some((m) => m.undated || m.withPageLeaders))).toBe(true);
    for (const card of cards) expect(unpackCard(overTheWire(packCard(card)))).toStrictEqual(JSON.parse(JSON.stringify(card)));
  });

  it('gives back every brief card of the seed corpus, stubs and all, field for field once unpacked', async () => {
    const briefs = (await seedCards()).map(briefCard);
    expect(briefs.some((c) => c.meetings.some(isStub) && c.quotes.some((q) => isStub(q) && q.meetingId !== null))).toBe(true);
    for (const card of briefs) expect(unpackCard(overTheWire(packCard(card)))).toStrictEqual(JSON.parse(JSON.stringify(card)));
  });

  it('gives back stubs with every field set, and a quote stub at a meeting not on the card', () => {
    const stub = { id: 'm-9', date: null, dateEnd: '2024-12-02', dateInferred: true, undated: true, approxDate: '2024-12', notAfter: '2024-12-05', place: 'Viêng Chăn',
      kind: 'visit' as const, others: [{ id: 'a' }, { id: 'b' }], withPageLeaders: true, origin: 'saved' as const, stub: true as const };
    const card = { ...cardShell(), meetings: [stub], quotes: [
      { id: 'q-1', kind: 'joint' as const, undated: true, meetingId: 'm-9', withPageLeaders: true, origin: 'saved' as const, stub: true as const },
      { id: 'q-2', kind: 'reported' as const, undated: false, meetingId: 'm-elsewhere', withPageLeaders: false, stub: true as const },
      { id: 'q-3', kind: 'direct' as const, undated: false, meetingId: null, withPageLeaders: false, stub: true as const },
    ] };
    expect(unpackCard(overTheWire(packCard(card)))).toStrictEqual(card);
  });

  it('sends a stub as a short array: a busy brief card is a fraction of the whole', async () => {
    const card = (await seedCards()).reduce((a, b) => (a.meetings.length + a.quotes.length >= b.meetings.length + b.quotes.length ? a : b));
    const whole = JSON.stringify(packCard(card)).length;
    const brief = packCard(briefCard(card));
    expect(brief.meetings.filter(Array.isArray).length + brief.quotes.filter(Array.isArray).length).toBeGreaterThan(20);
    expect(JSON.stringify(brief).length).toBeLessThan(whole * 0.4);
  });

  it('writes a timeline point as its meeting\'s place on the card, or its id for a meeting after the page\'s date', async () => {
    const cards = await seedCards();
    const card = cards.find((c) => c.timeline.some((p) => c.meetings.some((m) => m.id === p.meetingId)) && c.timeline.some((p) => !c.meetings.some((m) => m.id === p.meetingId)))!;
    const packed = packCard(card);
    packed.timeline.forEach(([at], i) => {
      const id = card.timeline[i]!.meetingId;
      expect(at).toBe(card.meetings.some((m) => m.id === id) ? card.meetings.findIndex((m) => m.id === id) : id);
    });
  });

  it('keeps the saved origin of meetings and quotes', async () => {
    const index = await seedLookups();
    const saved = assembleSaved([
      { ...(await entryOf(VI_TEXT)).reading, id: 'saved-00000000000000a1' },
      { ...(await entryOf(EN_LAOS)).reading, id: 'saved-00000000000000b1' },
    ]);
    const card = cardFor(cardFactsWithSaved((await index.cardFacts('to-lam'))!, saved, 'to-lam'), 'to-lam', '2026-01-01', [], { savedArticle: (id) => saved.savedArticles.has(id) })!;
    expect(card.meetings.some((m) => m.origin === 'saved')).toBe(true);
    expect(unpackCard(overTheWire(packCard(card)))).toStrictEqual(JSON.parse(JSON.stringify(card)));
  });

  it('writes each sentence, article and name once', async () => {
    const card = (await seedCards()).reduce((a, b) => (a.meetings.length + a.quotes.length >= b.meetings.length + b.quotes.length ? a : b));
    const packed = packCard(card);
    const cited = [...card.meetings.flatMap((m) => m.sources.map((s) => s.evidence)), ...card.quotes.map((q) => q.source.evidence)];
    expect(packed.sentences).toEqual([...new Set(cited)]);
    expect(Object.keys(packed.articles).sort()).toEqual([...new Set([...card.meetings.flatMap((m) => m.sources.map((s) => s.articleId)), ...card.quotes.map((q) => q.source.articleId)])].sort());
    // A quote's text and words are places in its sentence, not copies of it.
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(card).length * 0.6);
  });
});

function cardShell(): Omit<Card, 'meetings' | 'quotes'> {
  return {
    leader: { id: 'to-lam', name: 'Tô Lâm', country: 'VN', countryName: { vi: 'Việt Nam', en: 'Vietnam' } },
    offices: [], formerOffices: [], referenceDate: '2025-01-01', pageDateKnown: true, timeline: [],
  };
}

describe('unpackCard', () => {
  it('refuses an answer that is not a packed card, saying to reload the page', async () => {
    const card = (await seedCards())[0]!;
    expect(() => unpackCard(card as unknown as PackedCard)).toThrow(/^leaderlens: the background answered a card in a shape this page does not read .*reload the page$/);
    expect(() => unpackCard({ ...packCard(card), packed: (CARD_WIRE_VERSION + 1) as typeof CARD_WIRE_VERSION })).toThrow(/reload the page/);
  });
});
