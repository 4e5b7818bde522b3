import { describe, expect, it } from 'vitest';
import { cardFor } from '../../src/lookup/card';
import { loadFixtureIndex, PUTIN_URL } from '../index-data/fixture-build';

const index = loadFixtureIndex();
const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);

describe('cardFor', () => {
  it('returns null for a leader the index does not know', () => {
    expect(cardFor(index, 'nobody', '2025-01-01', [])).toBeNull();
  });

  it('heads the card with the name, the country and the offices held on the page date', () => {
    const card = cardFor(index, 'to-lam', '2024-09-01', [])!;
    expect(card.leader).toMatchObject({ id: 'to-lam', name: 'Tô Lâm', country: 'VN' });
    expect(card.offices.map((o) => o.office)).toEqual(['president', 'general-secretary']);
    expect(card.offices.at(-1)?.title).toEqual({ vi: 'Tổng Bí thư', en: 'General Secretary' });
  });

  it('shows the office of the page date, not today\'s', () => {
    expect(cardFor(index, 'nguyen-phu-trong', '2015-01-01', [])!.offices.map((o) => o.office)).toEqual(['general-secretary']);
    expect(cardFor(index, 'nguyen-phu-trong', '2025-01-01', [])!.offices).toEqual([]);
  });

  it('lists only meetings before the page date, newest first; one without a day sits at the day its article told of it', () => {
    const card = cardFor(index, 'to-lam', '2025-06-01', [])!;
    // m-laos-undated has no date, but the article recalling it was published on 2024-11-08.
    expect(ids(card.meetings)).toEqual(['m-moscow-2025', 'm-laos-2024', 'm-laos-undated', 'm-cuong-2024']);
    expect(card.meetings.find((m) => m.id === 'm-laos-undated')).toMatchObject({ undated: false, date: null, notAfter: '2024-11-08' });
  });

  it('leaves out a meeting on the page date itself: that is the page\'s news, not a prior meeting', () => {
    const card = cardFor(index, 'to-lam', '2024-11-08', [])!;
    expect(ids(card.meetings)).toEqual(['m-cuong-2024', 'm-laos-undated']);
    // Told only by an article of the page's own day: the page cannot place it before itself.
    expect(card.meetings.find((m) => m.id === 'm-laos-undated')).toMatchObject({ undated: true });
  });

  it('puts meetings with other leaders named on the page first', () => {
    const card = cardFor(index, 'to-lam', '2025-06-01', ['to-lam', 'luong-cuong'])!;
    expect(ids(card.meetings)).toEqual(['m-cuong-2024', 'm-moscow-2025', 'm-laos-2024', 'm-laos-undated']);
    expect(card.meetings[0]).toMatchObject({ withPageLeaders: true, dateInferred: true, others: [{ id: 'luong-cuong', name: 'Lương Cường' }] });
  });

  it('gives each meeting its sources with the article title and evidence sentence', () => {
    const meeting = cardFor(index, 'to-lam', '2025-01-01', [])!.meetings.find((m) => m.id === 'm-laos-2024')!;
    expect(meeting.sources).toEqual([
      expect.objectContaining({ articleId: 'a-laos', status: 'reported', articleDate: '2024-11-08', evidence: expect.stringContaining('Chiều 8/11') }),
    ]);
  });

  it('links a source to its article\'s original, on its site, where the article gives an address', () => {
    const card = cardFor(index, 'to-lam', '2025-06-01', [])!;
    const original = { url: PUTIN_URL, site: 'vnexpress.net' };
    expect(card.meetings.find((m) => m.id === 'm-moscow-2025')?.sources[0]?.original).toEqual(original);
    expect(card.quotes.find((q) => q.id === 'q-moscow')?.source.original).toEqual(original);
    expect(card.meetings.find((m) => m.id === 'm-laos-2024')?.sources[0]).not.toHaveProperty('original');
    expect(card.quotes.find((q) => q.id === 'q-direct')?.source).not.toHaveProperty('original');
  });

  it('gives no link for an address that is not http(s), whatever the index says', () => {
    const forged = loadFixtureIndex();
    forged.articles['a-putin']!.url = 'javascript:alert(document.domain)';
    const card = cardFor(forged, 'to-lam', '2025-06-01', [])!;
    expect(card.meetings.find((m) => m.id === 'm-moscow-2025')?.sources[0]).not.toHaveProperty('original');
    expect(card.quotes.find((q) => q.id === 'q-moscow')?.source).not.toHaveProperty('original');
  });

  it('orders quotes shared with page leaders first, then newest first (a quote without a day at its article\'s date)', () => {
    const card = cardFor(index, 'to-lam', '2025-06-01', ['thongloun-sisoulith'])!;
    expect(ids(card.quotes)).toEqual(['q-direct', 'q-joint', 'q-moscow', 'q-undated', 'q-cuong']);
    expect(card.quotes.slice(0, 2).every((q) => q.withPageLeaders)).toBe(true);
  });

  it('lists only quotes said before the page date', () => {
    expect(ids(cardFor(index, 'to-lam', '2024-11-01', [])!.quotes)).toEqual(['q-cuong', 'q-undated']);
  });

  it('marks a quote dated by an inferred meeting date as inferred', () => {
    const quote = cardFor(index, 'to-lam', '2025-01-01', [])!.quotes.find((q) => q.id === 'q-cuong')!;
    expect(quote).toMatchObject({ date: '2024-10-25', dateInferred: true });
  });

  it('reads "prior" as before today when the page has no date', () => {
    const card = cardFor(index, 'to-lam', null, [], { today: '2024-12-01' })!;
    expect(card).toMatchObject({ referenceDate: '2024-12-01', pageDateKnown: false });
    expect(ids(card.meetings)).toEqual(['m-laos-2024', 'm-laos-undated', 'm-cuong-2024']);
  });

  it('draws the timeline from every dated meeting, after the page date too, oldest first', () => {
    expect(cardFor(index, 'to-lam', '2024-01-01', [])!.timeline.map((t) => t.meetingId)).toEqual([
      'm-cuong-2024', 'm-laos-2024', 'm-moscow-2025',
    ]);
  });

  describe('leaveOut (items the reader marked as wrong)', () => {
    const leaveOut = (meetings: string[], quotes: string[] = []) => ({ leaveOut: { meetings: new Set(meetings), quotes: new Set(quotes) } });

    it('leaves a marked meeting out of the meetings and the timeline, and keeps the rest in their order', () => {
      const card = cardFor(index, 'to-lam', '2025-06-01', [], leaveOut(['m-laos-2024']))!;
      expect(ids(card.meetings)).toEqual(['m-moscow-2025', 'm-laos-undated', 'm-cuong-2024']);
      expect(card.timeline.map((t) => t.meetingId)).toEqual(['m-cuong-2024', 'm-moscow-2025']);
    });

    it('keeps the quotes said at a marked meeting, and leaves out a marked quote', () => {
      const card = cardFor(index, 'to-lam', '2025-06-01', [], leaveOut(['m-laos-2024'], ['q-moscow']))!;
      expect(ids(card.quotes)).toEqual(['q-direct', 'q-joint', 'q-undated', 'q-cuong']);
    });

    it('leaves out an undated item as well', () => {
      const card = cardFor(index, 'to-lam', '2025-06-01', [], leaveOut(['m-laos-undated'], ['q-undated']))!;
      expect(card.meetings.some((m) => m.undated)).toBe(false);
      expect(card.quotes.some((q) => q.undated)).toBe(false);
    });

    it('leaves the card as it was for marks of other leaders\' items, and for none', () => {
      const plain = cardFor(index, 'to-lam', '2025-06-01', [])!;
      expect(cardFor(index, 'to-lam', '2025-06-01', [], leaveOut(['m-trong-putin'], ['q-thongloun']))).toEqual(plain);
      expect(cardFor(index, 'to-lam', '2025-06-01', [], leaveOut([]))).toEqual(plain);
    });
  });
});
