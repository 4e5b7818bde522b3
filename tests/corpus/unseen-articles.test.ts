import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus';

// Articles written for these tests in the styles of other sites (a VOV-like phone call, a VNA
// English report of the same call, a government-portal report with a leader outside the
// registry): the rules must hold beyond the five seed articles.
const { data } = buildCorpus({
  corpusDir: new URL('../fixtures/unseen', import.meta.url).pathname,
  registryFile: new URL('../fixtures/registry-ten/leaders.json', import.meta.url).pathname,
  today: '2026-11-23',
});
const quotes = (file: string) =>
  data.quotes.filter((q) => q.articleId === data.articles.find((a) => a.file === file)!.id).map((q) => [q.speakers.join('+'), q.text.split(' ').slice(0, 2).join(' ')]);

describe('buildCorpus on articles from other sites', () => {
  it('reads a phone call with its date, and who said what', () => {
    expect(data.meetings.find((m) => m.sources[0]!.articleId === 'a1')).toMatchObject({
      kind: 'phone_call',
      participants: ['to-lam', 'vladimir-putin'],
      date: '2026-01-28',
    });
    expect(quotes('a1.txt')).toEqual([
      ['vladimir-putin', 'chúc mừng'],
      ['vladimir-putin', 'bày tỏ'],
      ['to-lam', 'cảm ơn'],
      ['to-lam', 'khẳng định'],
      ['to-lam+vladimir-putin', 'nhất trí'],
      ['to-lam', 'mời Tổng'],
    ]);
  });

  it('reads the English report of the same call, with surnames after the full names', () => {
    expect(quotes('a2.txt')).toEqual([
      ['vladimir-putin', 'congratulated Lam'],
      ['vladimir-putin', 'said Russia'],
      ['to-lam', 'thanked Putin'],
      ['to-lam', 'affirmed that'],
      ['to-lam+vladimir-putin', 'agreed to'],
    ]);
  });

  it('leaves the English article undated rather than guessing the year of "January 28"', () => {
    expect(data.articles.find((a) => a.file === 'a2.txt')!.date).toBeNull();
  });

  it('keeps a courtesy call with a leader outside the registry as a person found in the corpus, still listed as unknown', () => {
    expect(data.meetings.find((m) => m.kind === 'courtesy_call')).toMatchObject({
      participants: ['pham-minh-chinh', 'hun-manet'],
      place: 'Phnom Penh',
    });
    expect(data.leaders.find((l) => l.id === 'hun-manet')).toMatchObject({ name: 'Hun Manet', country: 'KH', origin: 'corpus' });
    expect(data.unknown).toEqual([expect.objectContaining({ name: 'Hun Manet', articleId: 'a3' })]);
  });
});
