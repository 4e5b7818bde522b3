import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusBuild } from '../../src/corpus/build-corpus';
import { buildCorpusInParallel } from '../../src/corpus/build-corpus-parallel';
import { contentKeysOf, MEETING_FIELDS, QUOTE_FIELDS, SOURCE_FIELDS } from '../../src/corpus/content-keys';

const CORPUS = join(import.meta.dirname, '../../corpus');
const TODAY = '2026-11-23';
const built = async (): Promise<CorpusBuild> => (await buildCorpusInParallel({ corpusDir: CORPUS, today: TODAY, cacheRoot: null })).build;

describe('contentKeysOf', () => {
  it('gives no keys for a build that kept no provenance (the plain build)', () => {
    expect(contentKeysOf(buildCorpus({ corpusDir: CORPUS, today: TODAY }))).toBeUndefined();
  });

  it('names every field the export gives a quote, a meeting and a source, and no other', async () => {
    const { data } = await built();
    expect(data.quotes.length).toBeGreaterThan(0);
    for (const quote of data.quotes) expect(Object.keys(quote).sort()).toEqual([...QUOTE_FIELDS].sort());
    const meetingFields = new Set(data.meetings.flatMap((m) => Object.keys(m)));
    expect([...meetingFields].every((field) => MEETING_FIELDS.includes(field))).toBe(true);
    for (const source of data.meetings.flatMap((m) => m.sources)) expect(Object.keys(source).sort()).toEqual([...SOURCE_FIELDS].sort());
  });

  it('gives every article and meeting a key, the same on every build of the same corpus', async () => {
    const [a, b] = [await built(), await built()];
    const [keysA, keysB] = [contentKeysOf(a)!, contentKeysOf(b)!];
    for (const article of a.articles) {
      expect(keysA.article(article.id)).toMatch(/^[0-9a-f]{32}$/);
      expect(keysA.article(article.id)).toBe(keysB.article(article.id));
    }
    for (const meeting of a.data.meetings) expect(keysA.meeting(meeting.id)).toBe(keysB.meeting(meeting.id));
  });

  it("reads the quotes only once an article's key is asked for: meetings' keys come first, for the search thread", async () => {
    const build = await built();
    let reads = 0;
    const data = { ...build.data };
    Object.defineProperty(data, 'quotes', { get: () => (reads++, build.data.quotes), enumerable: true });
    const keys = contentKeysOf({ ...build, data })!;
    for (const meeting of build.data.meetings) expect(keys.meeting(meeting.id)).toBe(contentKeysOf(build)!.meeting(meeting.id));
    expect(reads).toBe(0);
    expect(keys.article(build.articles[0]!.id)).toBe(contentKeysOf(build)!.article(build.articles[0]!.id));
    const once = reads;
    expect(once).toBeGreaterThan(0);
    keys.article(build.articles[1]!.id);
    expect(reads).toBe(once);
  });

  it("changes an article's key with what the merge gives its quotes, and a meeting's with its fields", async () => {
    const build = await built();
    const keys = contentKeysOf(build)!;
    const quote = build.data.quotes[0]!;
    const redated = { ...build, data: { ...build.data, quotes: build.data.quotes.map((q) => (q === quote ? { ...q, date: '1999-01-01' } : q)) } };
    expect(contentKeysOf(redated)!.article(quote.articleId)).not.toBe(keys.article(quote.articleId));
    const other = build.articles.find((a) => a.id !== quote.articleId)!;
    expect(contentKeysOf(redated)!.article(other.id)).toBe(keys.article(other.id));

    const meeting = build.data.meetings[0]!;
    const moved = { ...build, data: { ...build.data, meetings: build.data.meetings.map((m) => (m === meeting ? { ...m, place: 'Huế' } : m)) } };
    expect(contentKeysOf(moved)!.meeting(meeting.id)).not.toBe(keys.meeting(meeting.id));
  });

  it("changes an article's key when its reading does", async () => {
    const build = await built();
    const article = build.articles[0]!;
    const articles = new Map(build.provenance!.articles);
    articles.set(article.id, { reading: 'another reading', facts: 'other facts' });
    const reread = { ...build, provenance: { ...build.provenance!, articles } };
    expect(contentKeysOf(reread)!.article(article.id)).not.toBe(contentKeysOf(build)!.article(article.id));
  });

  it('gives no key to an item with a field it does not know, nor to the article of such a quote', async () => {
    const build = await built();
    const quote = build.data.quotes[0]!;
    const meeting = build.data.meetings[0]!;
    const grown = {
      ...build,
      data: {
        ...build.data,
        quotes: build.data.quotes.map((q) => (q === quote ? { ...q, tone: 'warm' } : q)),
        meetings: build.data.meetings.map((m) => (m === meeting ? { ...m, agenda: 'trade' } : m)),
      },
    };
    expect(contentKeysOf(grown)!.article(quote.articleId)).toBeUndefined();
    expect(contentKeysOf(grown)!.meeting(meeting.id)).toBeUndefined();
  });

  it('counts a quote\'s fields on its prototype too (a state article\'s quote: corpus/state-text.ts), one field more gives no key', async () => {
    const build = await built();
    const quote = build.data.quotes[0]!;
    /** The quote with `inherited` of its fields on a prototype, as enumerable getters. */
    const split = (inherited: readonly string[], extra: Record<string, unknown> = {}) => {
      const prototype = {};
      for (const field of [...inherited, ...Object.keys(extra)]) {
        const value = field in extra ? extra[field] : (quote as unknown as Record<string, unknown>)[field];
        Object.defineProperty(prototype, field, { get: () => value, enumerable: true });
      }
      const own = Object.fromEntries(Object.entries(quote).filter(([field]) => !inherited.includes(field)));
      return Object.assign(Object.create(prototype) as object, own) as typeof quote;
    };
    const keyWith = (q: typeof quote) => contentKeysOf({ ...build, data: { ...build.data, quotes: build.data.quotes.map((x) => (x === quote ? q : x)) } })!.article(quote.articleId);
    const plain = contentKeysOf(build)!.article(quote.articleId);
    expect(plain).toBeDefined();
    expect(keyWith(split(['text', 'evidence']))).toBe(plain);
    expect(keyWith(split(['text', 'evidence'], { tone: 'warm' }))).toBeUndefined();
    // An own field shadowing an inherited one: counted twice, so no key (the safe way).
    const shadowed = split(['text', 'evidence']);
    Object.defineProperty(shadowed, 'text', { value: quote.text, enumerable: true });
    expect(keyWith(shadowed)).toBeUndefined();
  });
});
