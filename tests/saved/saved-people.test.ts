import { describe, expect, it, vi } from 'vitest';
import { recordFor } from '../../src/lookup/record';
import { loadNameTable } from '../../src/names/name-table';
import { engineVersion, readingStamp } from '../../src/saved/engine-stamp';
import { createSavedService } from '../../src/saved/saved-service';
import { createSavedState } from '../../src/saved/saved-state';
import { memorySavedStore } from '../../src/saved/saved-store';
import { withSavedArticles } from '../../src/saved/saved-lookups';
import { factsWithPeople, findSavedPeople, savedTellings } from '../../src/saved/saved-people';
import { engineOf, entryOf, seedLookups } from './saved-fixture';

// Constructed articles. The seed registry (and the seed corpus) know the Vietnamese defence
// minister, not Australia's: "Bộ trưởng Quốc phòng Australia Richard Marles" is a real title, a
// country and a name, so the saved articles make him a person, as the build would.
const TITLED = ` date 2025-03-05
 url https://tintuc.example/quoc-phong-australia.html
Bộ trưởng Quốc phòng Australia thăm Việt Nam
Ngày 5/3, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng Việt Nam, đã hội đàm với Bộ trưởng Quốc phòng Australia Richard Marles.
Tại hội đàm, ông Marles khẳng định Australia coi trọng quan hệ Đối tác Chiến lược Toàn diện với Việt Nam.
`;

// Names him without a title: alone it makes nobody, but once he is known its quote is his.
const UNTITLED = ` date 2025-03-07
 url https://news.example/marles-hanoi.html
Richard Marles wraps up Hanoi visit
On March 7, Richard Marles said Australia would train more Vietnamese peacekeepers next year.
`;

const utf8 = (text: string) => new TextEncoder().encode(text);

function setup() {
  const store = memorySavedStore();
  const state = createSavedState(store);
  const saved = createSavedService({ store, state, index: seedLookups, extract: async () => ({ ok: false, code: 'no-access', reason: 'none' }) });
  const lookups = async () => withSavedArticles(await seedLookups(), state, store);
  return { store, state, saved, lookups };
}

describe('people found in saved articles', () => {
  it('makes an office-holder a saved article titles into a person with a card, a meeting, search and the page matcher', async () => {
    const { saved, lookups } = setup();
    const report = await saved.importFiles([{ name: 'a.txt', bytes: utf8(TITLED) }]);
    // Counted as read with him: the talks have both sides, and the headline's visit is his.
    expect(report.imported[0]).toMatchObject({ meetings: 2 });
    const index = await lookups();

    const card = await index.card('richard-marles', '2025-06-01', []);
    expect(card?.leader).toMatchObject({ name: 'Richard Marles', country: 'AU', foundTitle: expect.stringContaining('Australia'), foundInSaved: true });
    const talks = card?.meetings.find((m) => m.kind === 'talks');
    expect(talks?.others.map((c) => c.id)).toEqual(['phan-van-giang']);
    expect(talks?.origin).toBe('saved');
    // And the Vietnamese side's card names him as the counterpart.
    const giang = await index.card('phan-van-giang', '2025-06-01', []);
    expect(giang?.meetings.flatMap((m) => m.others.map((c) => c.name))).toContain('Richard Marles');

    expect((await index.search('marles')).leaders.map((l) => l.id)).toEqual(['richard-marles']);
    expect((await index.search('richard marles hội đàm')).meetings).toHaveLength(1);

    // The leader page's record is made on the same facts.
    const record = recordFor((await index.cardFacts('richard-marles'))!, 'richard-marles');
    expect(record?.leader).toMatchObject({ name: 'Richard Marles', origin: 'corpus' });
    expect(record?.totals.meetings).toBe(2);

    const matcher = loadNameTable(await index.matcher());
    const hits = matcher.matcher.find('Richard Marles trở lại Hà Nội.').map((m) => matcher.meanings[m.id]);
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'leader', leaderId: 'richard-marles' }));
  });

  it('reads again the saved articles that name the person untitled, and back when the titling article is removed', async () => {
    const { saved, lookups } = setup();
    await saved.importFiles([{ name: 'b.txt', bytes: utf8(UNTITLED) }]);
    expect(await (await lookups()).card('richard-marles', null, [])).toBeNull();

    const { imported } = await saved.importFiles([{ name: 'a.txt', bytes: utf8(TITLED) }]);
    const card = await (await lookups()).card('richard-marles', null, []);
    expect(card?.quotes.map((q) => q.text)).toEqual(expect.arrayContaining([expect.stringContaining('peacekeepers')]));

    await saved.remove(imported[0]!.id);
    const index = await lookups();
    expect(await index.card('richard-marles', null, [])).toBeNull();
    expect((await index.search('marles')).leaders).toEqual([]);
    // The page scans with the packaged matcher again.
    expect(await index.matcher()).toEqual(await (await seedLookups()).matcher());
  });

  it("finds the people a worker stopped after a save left to find, on the next worker's first request", async () => {
    const { store, saved } = setup();
    await saved.importFiles([{ name: 'b.txt', bytes: utf8(UNTITLED) }]);
    const current = readingStamp(engineVersion(), (await seedLookups()).buildId);
    expect(await store.people()).toMatchObject({ stamp: current, leaders: {} });
    const { article, reading } = await entryOf(TITLED);
    // Stored as a save stores it; the worker stops before finding its people.
    await store.add([{ article, reading: { ...reading, stamp: current } }]);
    expect(await store.peopleDue()).toBe(true);
    await saved.onStamps([current]);
    await vi.waitFor(async () => expect(await store.peopleDue()).toBe(false));
    expect(Object.keys((await store.people())?.leaders ?? {})).toEqual(['richard-marles']);
  });

  it('finds nobody, and changes no matcher, when the saved articles title no one new', async () => {
    const { saved, store, lookups } = setup();
    await saved.importFiles([{ name: 'b.txt', bytes: utf8(UNTITLED) }]);
    expect((await store.people())?.leaders).toEqual({});
    expect(await (await lookups()).matcher()).toEqual(await (await seedLookups()).matcher());
  });
});

describe('findSavedPeople and factsWithPeople', () => {
  const engine = engineOf();

  it('keys the set by what a second reading reads: an article titling nobody keeps it, another day of the person changes it', async () => {
    const first = await entryOf(TITLED);
    const untitled = await entryOf(UNTITLED);
    const later = await entryOf(TITLED.replace('2025-03-05', '2025-04-05').replace('Ngày 5/3', 'Ngày 5/4').replace('quoc-phong-australia', 'quoc-phong-australia-2'));
    const one = findSavedPeople(engine, [first.reading]);
    expect(Object.keys(one.people.leaders)).toEqual(['richard-marles']);
    expect(findSavedPeople(engine, [first.reading, untitled.reading]).people.key).toBe(one.people.key);
    // A day bounds his office on a card's date, as in the build's second readings (no term is known).
    const two = findSavedPeople(engine, [first.reading, { ...later.reading, id: 'saved-ffffffffffffffff' }]);
    expect(two.people.key).not.toBe(one.people.key);
    expect(two.people.leaders['richard-marles']?.offices[0]?.attested).toEqual(['2025-03-05', '2025-04-05']);
  });

  it('lists the tellings of the first readings in the order of the articles file names', async () => {
    const a = await entryOf(TITLED);
    const tellings = savedTellings([{ ...a.reading, id: 'saved-2000000000000000' }, { ...a.reading, id: 'saved-1000000000000000' }]);
    expect(tellings.map((t) => t.articleFile)).toEqual(['saved-1000000000000000.txt', 'saved-2000000000000000.txt']);
  });

  it('leaves facts read with this set as they are, and reads one read with a set since gone with the registry alone', async () => {
    const { article, reading } = await entryOf(UNTITLED);
    const titled = await entryOf(TITLED);
    const widening = findSavedPeople(engine, [titled.reading, reading]);
    const withHim = factsWithPeople(reading, article.paragraphs, engine, widening);
    expect(withHim?.quotes.map((q) => q.speakers)).toEqual([['richard-marles']]);
    expect(withHim?.unknown).toEqual(reading.facts.unknown);
    const readWithHim = { ...reading, facts: withHim!, widenedWith: widening.people.key };
    expect(factsWithPeople(readWithHim, article.paragraphs, engine, widening)).toBeNull();
    const none = findSavedPeople(engine, [readWithHim]);
    expect(none.people.key).toBe('');
    expect(factsWithPeople(readWithHim, article.paragraphs, engine, none)).toEqual(reading.facts);
    // Never read with anyone: nothing to undo.
    expect(factsWithPeople(reading, article.paragraphs, engine, none)).toBeNull();
  });
});
