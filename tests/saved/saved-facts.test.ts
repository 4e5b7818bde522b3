import { describe, expect, it } from 'vitest';
import { assembleSaved, factCounts, NO_SAVED_FACTS, savedFileName } from '../../src/saved/saved-facts';
import type { SavedReadingRecord } from '../../src/saved/saved-types';
import { EN_LAOS, EN_TEXT, entryOf, VI_TEXT } from './saved-fixture';

const reading = async (text: string, id: string): Promise<SavedReadingRecord> => ({ ...(await entryOf(text)).reading, id });

describe('assembleSaved', () => {
  it('makes one meeting with two sources of a meeting two saved articles tell', async () => {
    const saved = assembleSaved([await reading(VI_TEXT, 'saved-00000000000000a1'), await reading(EN_TEXT, 'saved-00000000000000a2')]);
    const talks = Object.values(saved.meetings);
    expect(talks).toHaveLength(1);
    expect(talks[0]!.sources.map((s) => s.articleId)).toEqual(['saved-00000000000000a1', 'saved-00000000000000a2']);
    expect(saved.cards['lawrence-wong']?.meetingIds).toEqual([talks[0]!.id]);
    expect(saved.cards['pham-minh-chinh']?.meetingIds).toEqual([talks[0]!.id]);
  });

  it('gives a meeting the packaged index holds under the index id, with the index sources first and the saved ones after', async () => {
    const saved = assembleSaved([await reading(EN_LAOS, 'saved-00000000000000b1')]);
    const meeting = saved.meetings['m-0dzrceux2iys8'];
    expect(meeting).toBeDefined();
    expect(meeting!.sources.map((s) => s.articleId)).toEqual(['001-934c8d96b2ae570d', 'saved-00000000000000b1']);
    // The index's article it cites comes along, for the card's source line.
    expect(saved.articles['001-934c8d96b2ae570d']?.title).toContain('Tô Lâm');
    expect(saved.savedArticles).toEqual(new Set(['saved-00000000000000b1']));
  });

  it('places a quote at its merged meeting and dates it by it', async () => {
    const saved = assembleSaved([await reading(EN_LAOS, 'saved-00000000000000b1')]);
    const quote = Object.values(saved.quotes).find((q) => q.speakers.includes('to-lam'));
    expect(quote).toMatchObject({ meetingId: 'm-0dzrceux2iys8', date: '2025-12-01', articleId: 'saved-00000000000000b1' });
    expect(saved.cards['to-lam']?.quoteIds).toContain(quote!.id);
  });

  it('reads articles in the order of their file names, as the CLI lists a folder', async () => {
    const a = await reading(VI_TEXT, 'saved-a');
    const b = await reading(EN_TEXT, 'saved-a-b');
    // "saved-a-b.txt" sorts before "saved-a.txt" ("-" < "."), though "saved-a" < "saved-a-b".
    const talks = Object.values(assembleSaved([a, b]).meetings)[0]!;
    expect(talks.sources.map((s) => s.articleId)).toEqual(['saved-a-b', 'saved-a']);
  });

  it('tells a repeated statement of one article once', async () => {
    const r = await reading(VI_TEXT, 'saved-00000000000000c1');
    const twice = { ...r, facts: { ...r.facts, quotes: [...r.facts.quotes, ...r.facts.quotes] } };
    expect(Object.keys(assembleSaved([twice]).quotes)).toHaveLength(r.facts.quotes.length);
  });

  it('is empty for no readings', () => {
    expect(assembleSaved([])).toEqual(NO_SAVED_FACTS);
  });
});

describe('factCounts', () => {
  it('counts a repeated quote of one article once, as the corpus keeps it', async () => {
    const r = await reading(VI_TEXT, 'x');
    const counts = factCounts({ meetings: r.facts.meetings, quotes: [...r.facts.quotes, r.facts.quotes[0]!] });
    expect(counts).toEqual({ meetings: 1, quotes: r.facts.quotes.length });
  });
});

describe('savedFileName', () => {
  it('names the file by the id, so the CLI gives the article the same id', () => {
    expect(savedFileName('saved-0123456789abcdef')).toBe('saved-0123456789abcdef.txt');
  });
});
