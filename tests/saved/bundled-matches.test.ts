import { describe, expect, it } from 'vitest';
import type { ArticleMeeting } from '../../src/corpus/analyse-article';
import { bundledMatches } from '../../src/saved/bundled-matches';
import { seedLookups } from './saved-fixture';

const talks = (date: string | null, participants = ['to-lam', 'thongloun-sisoulith'], kind: ArticleMeeting['kind'] = 'talks'): ArticleMeeting => ({
  kind, participants, host: [], others: [], place: null, status: 'reported', evidence: 'e', line: 1,
  when: { date, dateEnd: null, approx: null, inferred: false },
});

describe('bundledMatches', () => {
  it('finds the index meeting a saved one is one with: same people, compatible kind, the same day give or take one', async () => {
    const index = await seedLookups();
    const [match] = await bundledMatches([talks('2025-12-02')], '2025-12-02', (id) => index.cardFacts(id));
    expect(match?.meeting.id).toBe('m-0dzrceux2iys8');
    expect(Object.keys(match!.articles)).toEqual(['001-934c8d96b2ae570d']);
  });

  it('finds none on another day, with other people, or of a kind that cannot be the same', async () => {
    const index = await seedLookups();
    const facts = (id: string) => index.cardFacts(id);
    expect(await bundledMatches([talks('2025-11-20')], '2025-11-21', facts)).toEqual([null]);
    expect(await bundledMatches([talks('2025-12-01', ['to-lam', 'lawrence-wong'])], '2025-12-02', facts)).toEqual([null]);
    expect(await bundledMatches([talks('2025-12-01', ['to-lam'], 'reception')], '2025-12-02', facts)).toEqual([null]);
  });

  it("looks in every participant's part of the index, so a meeting held in another leader's part is found", async () => {
    const index = await seedLookups();
    const asked: string[] = [];
    const [match] = await bundledMatches([talks('2025-12-01', ['lawrence-wong', 'thongloun-sisoulith', 'to-lam'])], '2025-12-02', (id) => {
      asked.push(id);
      return id === 'to-lam' ? index.cardFacts(id) : Promise.resolve(null);
    });
    expect(asked).toEqual(['lawrence-wong', 'thongloun-sisoulith', 'to-lam']);
    expect(match?.meeting.id).toBe('m-0dzrceux2iys8');
  });

  it("reads each leader's part once for an article", async () => {
    const index = await seedLookups();
    let reads = 0;
    await bundledMatches([talks('2025-12-01'), talks('2025-12-02', ['to-lam', 'thongloun-sisoulith'], 'summit')], '2025-12-02', (id) => {
      reads++;
      return index.cardFacts(id);
    });
    expect(reads).toBeLessThanOrEqual(2);
  });
});
