import { describe, expect, it } from 'vitest';
import { recordFor } from '../../src/lookup/record';
import { fixtureBuild, loadFixtureIndex } from '../index-data/fixture-build';

const index = loadFixtureIndex();
const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);
const none = { meetings: new Set<string>(), quotes: new Set<string>() };

describe('recordFor', () => {
  it('returns null for a leader the index does not know, an inherited name included', () => {
    expect(recordFor(index, 'nobody')).toBeNull();
    expect(recordFor(index, 'constructor')).toBeNull();
  });

  it('names the leader with the corpus export\'s leader fields', () => {
    const { leader } = recordFor(index, 'to-lam')!;
    expect(leader).toMatchObject({ id: 'to-lam', name: 'Tô Lâm', country: 'VN', origin: 'registry' });
    expect(leader.countryName.en).toBe('Vietnam');
    expect(leader.aliases).toContain('To Lam');
  });

  it('lists every office on record, the earliest first, with the days each is known to cover', () => {
    const { offices } = recordFor(index, 'to-lam')!;
    const starts = offices.map((office) => office.first).filter((day) => day !== null);
    expect(starts).toEqual([...starts].sort());
    const secretary = offices.find((office) => office.office === 'general-secretary')!;
    expect(secretary).toMatchObject({ first: '2024-08-03', last: null, ongoing: true, end: null });
    const president = offices.find((office) => office.office === 'president')!;
    expect(president.ongoing).toBe(false);
    expect(president.last! < '2024-10-22').toBe(true);
  });

  it('holds every meeting of the leader, not only those before some date, newest first and undated last', () => {
    const record = recordFor(index, 'to-lam')!;
    expect(ids(record.meetings)).toEqual(['m-moscow-2025', 'm-laos-2024', 'm-laos-undated', 'm-cuong-2024']);
    // m-laos-undated has no day, but its article was published on 2024-11-08: it is placed there.
    expect(record.meetings[2]).toMatchObject({ date: null, notAfter: '2024-11-08', undated: false });
    expect(record.totals).toEqual({ meetings: 4, quotes: 5 });
  });

  it('counts the meetings of each counterpart, most first, with their first and last dated meeting and kinds', () => {
    const { counterparts } = recordFor(index, 'to-lam')!;
    expect(counterparts.map((c) => [c.id, c.count])).toEqual([['thongloun-sisoulith', 2], ['luong-cuong', 1], ['vladimir-putin', 1]]);
    expect(counterparts[0]).toMatchObject({ name: 'Thongloun Sisoulith', country: 'LA', first: '2024-11-08', last: '2024-11-08', kinds: { talks: 1, visit: 1 } });
    expect(counterparts[0]!.countryName.en).toBe('Laos');
  });

  it('counts per counterpart exactly the export\'s meetings of the pair', () => {
    const { counterparts } = recordFor(index, 'to-lam')!;
    for (const counterpart of counterparts) {
      const pair = fixtureBuild.data.meetings.filter((m) => m.participants.includes('to-lam') && m.participants.includes(counterpart.id));
      expect(counterpart.count, counterpart.id).toBe(pair.length);
    }
  });

  it('gives the leader\'s own quotes without a counterpart, newest first', () => {
    const record = recordFor(index, 'to-lam')!;
    expect(ids(record.quotes)).toEqual(['q-moscow', 'q-direct', 'q-joint', 'q-undated', 'q-cuong']);
    expect(record.quotes.every((quote) => quote.byLeader)).toBe(true);
    expect(record.quotePage).toEqual({ offset: 0, total: 5 });
  });

  it('narrows to a pair: their meetings, and what each of the two said at them or jointly', () => {
    const record = recordFor(index, 'to-lam', { filter: { with: 'thongloun-sisoulith' } })!;
    expect(ids(record.meetings)).toEqual(['m-laos-2024', 'm-laos-undated']);
    expect(ids(record.quotes).sort()).toEqual(['q-direct', 'q-joint', 'q-thongloun']);
    expect(record.quotes.find((q) => q.id === 'q-thongloun')).toMatchObject({ byLeader: false, speakers: [{ id: 'thongloun-sisoulith', name: 'Thongloun Sisoulith' }] });
    // The counterparts stay whole: the page still offers the others.
    expect(record.counterparts).toHaveLength(3);
    expect(record.filter).toEqual({ with: 'thongloun-sisoulith' });
  });

  it('narrows by year, kind and words, with and without diacritics', () => {
    expect(ids(recordFor(index, 'to-lam', { filter: { year: 2025 } })!.meetings)).toEqual(['m-moscow-2025']);
    expect(ids(recordFor(index, 'to-lam', { filter: { meetingKind: 'visit' } })!.meetings)).toEqual(['m-moscow-2025', 'm-laos-undated']);
    expect(ids(recordFor(index, 'to-lam', { filter: { quoteKind: 'joint' } })!.quotes)).toEqual(['q-joint']);
    expect(ids(recordFor(index, 'to-lam', { filter: { words: 'hop tac' } })!.quotes)).toEqual(['q-moscow']);
    expect(ids(recordFor(index, 'to-lam', { filter: { words: 'HỢP TÁC' } })!.quotes)).toEqual(['q-moscow']);
    expect(ids(recordFor(index, 'to-lam', { filter: { words: 'họp tác' } })!.quotes)).toEqual([]);
    expect(ids(recordFor(index, 'to-lam', { filter: { words: 'moskva' } })!.meetings)).toEqual(['m-moscow-2025']);
  });

  it('offers the years its meetings and quotes are dated in, newest first', () => {
    expect(recordFor(index, 'to-lam')!.years).toEqual([2025, 2024]);
  });

  it('sends every meeting as a timeline point, and a page of them in full with their sources', () => {
    const record = recordFor(index, 'to-lam', { meetings: { offset: 1, limit: 2 } })!;
    expect(ids(record.points)).toEqual(['m-moscow-2025', 'm-laos-2024', 'm-laos-undated', 'm-cuong-2024']);
    expect(record.points[0]).toEqual({ id: 'm-moscow-2025', date: '2025-05-09', approxDate: null, kind: 'visit', with: ['vladimir-putin'], unnamed: [], place: 'Moskva' });
    expect(ids(record.meetings)).toEqual(['m-laos-2024', 'm-laos-undated']);
    expect(record.meetingPage).toEqual({ offset: 1, total: 4 });
    expect(record.meetings[0]!.sources[0]).toMatchObject({ articleId: 'a-laos', articleFile: 'laos.txt', articleDateInferred: false });
    const pair = recordFor(index, 'to-lam', { filter: { with: 'vladimir-putin' } })!;
    expect(ids(pair.points)).toEqual(['m-moscow-2025']);
    expect(pair.meetingPage.total).toBe(1);
  });

  it('builds one page of quotes at a time and says how many the filter keeps', () => {
    const page = recordFor(index, 'to-lam', { quotes: { offset: 1, limit: 2 } })!;
    expect(ids(page.quotes)).toEqual(['q-direct', 'q-joint']);
    expect(page.quotePage).toEqual({ offset: 1, total: 5 });
    expect(recordFor(index, 'to-lam', { quotes: { offset: 10 } })!.quotes).toEqual([]);
  });

  it('leaves out items marked as wrong, from the counts too; a quote said at a meeting left out stays', () => {
    const record = recordFor(index, 'to-lam', { leaveOut: { meetings: new Set(['m-laos-2024']), quotes: new Set(['q-joint']) } })!;
    expect(ids(record.meetings)).not.toContain('m-laos-2024');
    expect(record.counterparts.find((c) => c.id === 'thongloun-sisoulith')?.count).toBe(1);
    expect(ids(record.quotes)).not.toContain('q-joint');
    expect(ids(record.quotes)).toContain('q-direct');
    expect(record.totals).toEqual({ meetings: 3, quotes: 4 });
    expect(recordFor(index, 'to-lam', { leaveOut: none })!.totals).toEqual({ meetings: 4, quotes: 5 });
  });

  it('names everyone its items name, with the export\'s leader fields', () => {
    const record = recordFor(index, 'to-lam', { filter: { with: 'thongloun-sisoulith' } })!;
    expect(Object.keys(record.people).sort()).toEqual(['thongloun-sisoulith', 'to-lam']);
    expect(record.people['thongloun-sisoulith']).toMatchObject({ name: 'Thongloun Sisoulith', country: 'LA', origin: 'registry' });
  });

  it('builds a leader\'s meetings and quotes once per card entry, though each request brings a new facts object', () => {
    // The index folder answers every request with its cached shard spread into a new object.
    const first = recordFor({ ...index }, 'to-lam')!;
    const again = recordFor({ ...index }, 'to-lam')!;
    expect(again.counterparts).toBe(first.counterparts);
    // A new entry for the leader (saved articles of theirs) is built again, and so is another set of marks.
    const entry = index.cards['to-lam']!;
    const withNewEntry = recordFor({ ...index, cards: { ...index.cards, 'to-lam': { ...entry } } }, 'to-lam')!;
    expect(withNewEntry.counterparts).not.toBe(first.counterparts);
    expect(withNewEntry.counterparts).toEqual(first.counterparts);
    expect(recordFor({ ...index }, 'to-lam', { leaveOut: none })!.counterparts).not.toBe(withNewEntry.counterparts);
  });
});
