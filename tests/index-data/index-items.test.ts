import { describe, expect, it } from 'vitest';
import { indexItems, lazyItemRecords } from '../../src/index-data/index-items';
import type { ExportMeeting, ExportQuote } from '../../src/model/export-types';

const quote = (id: string, text = id): ExportQuote => ({ id, speakers: ['to-lam'], text, kind: 'direct', articleId: 'a1', meetingId: null, date: null, evidence: `${text}.` });
const meeting = (id: string): ExportMeeting => ({ id, participants: ['to-lam'], date: null, dateInferred: false, place: null, kind: 'talks', sources: [] });

/** The records as build-index.ts's byId makes them: the last item of an id, in the first one's place. */
function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[item.id] = item;
  return out;
}

function lazyIndex(quotes: ExportQuote[], meetings: ExportMeeting[] = [meeting('m-1')]) {
  return lazyItemRecords({ before: 1, meetings: {}, quotes: {}, after: 2 } as { before: number; meetings: Record<string, ExportMeeting>; quotes: Record<string, ExportQuote>; after: number }, { meetings, quotes }, byId);
}

describe('lazyItemRecords', () => {
  it('leaves the records unmade until read, while indexItems gives the lists in order and by id', () => {
    const quotes = [quote('q-b'), quote('q-a'), quote('q-c')];
    const index = lazyIndex(quotes);
    const items = indexItems(index);
    expect(items.quotes.list).toBe(quotes);
    expect(items.quotes.get('q-a')).toBe(quotes[1]);
    expect(items.quotes.get('q-x')).toBeUndefined();
    expect(items.quotes.get('constructor')).toBeUndefined();
    expect(items.meetings.list.map((m) => m.id)).toEqual(['m-1']);
    expect(Object.getOwnPropertyDescriptor(index, 'quotes')?.get).toBeTypeOf('function');
  });

  it('makes the record byId makes when read, in its place among the keys, and the same JSON', () => {
    const quotes = [quote('q-b'), quote('q-a')];
    const index = lazyIndex(quotes);
    const eager = { before: 1, meetings: byId([meeting('m-1')]), quotes: byId(quotes), after: 2 };
    expect(Object.keys(index)).toEqual(['before', 'meetings', 'quotes', 'after']);
    expect(JSON.stringify(index)).toBe(JSON.stringify(eager));
    expect(index.quotes).toBe(index.quotes);
    expect(Object.getOwnPropertyDescriptor(index, 'quotes')).toMatchObject({ writable: true, enumerable: true, configurable: true });
    expect(Object.keys(index)).toEqual(['before', 'meetings', 'quotes', 'after']);
  });

  it('answers from the record once it was read, so a change made to it is seen', () => {
    const index = lazyIndex([quote('q-a')]);
    delete index.quotes['q-a'];
    index.quotes['q-z'] = quote('q-z');
    expect(indexItems(index).quotes.list.map((q) => q.id)).toEqual(['q-z']);
    expect(indexItems(index).quotes.get('q-a')).toBeUndefined();
  });

  it('takes a record assigned before it was read', () => {
    const index = lazyIndex([quote('q-a')]);
    index.quotes = byId([quote('q-y')]);
    expect(Object.keys(index.quotes)).toEqual(['q-y']);
    expect(indexItems(index).quotes.list.map((q) => q.id)).toEqual(['q-y']);
    expect(indexItems(index).meetings.list.map((m) => m.id)).toEqual(['m-1']);
  });

  it('gives a repeated id the last item in the first one\'s place, as the record does', () => {
    const quotes = [quote('q-a', 'first'), quote('q-b'), quote('q-a', 'last')];
    const items = indexItems(lazyIndex(quotes));
    expect(items.quotes.list.map((q) => [q.id, q.text])).toEqual([['q-a', 'last'], ['q-b', 'q-b']]);
    expect(items.quotes.get('q-a')?.text).toBe('last');
  });

  it('makes the record at once where an id is an array index (a record lists those first)', () => {
    const quotes = [quote('q-a'), quote('7'), quote('07')];
    const index = lazyIndex(quotes);
    expect(Object.getOwnPropertyDescriptor(index, 'quotes')?.get).toBeUndefined();
    expect(indexItems(index).quotes.list.map((q) => q.id)).toEqual(['7', 'q-a', '07']);
    // The other kind's ids are not: it waits.
    expect(Object.getOwnPropertyDescriptor(index, 'meetings')?.get).toBeTypeOf('function');
  });
});

describe('indexItems', () => {
  it('reads a plain index from its records: keys in order, own keys only', () => {
    const facts = { meetings: byId([meeting('m-2'), meeting('m-1')]), quotes: byId([quote('q-a')]) };
    const items = indexItems(facts);
    expect(items.meetings.list.map((m) => m.id)).toEqual(['m-2', 'm-1']);
    expect(items.meetings.get('m-1')?.id).toBe('m-1');
    expect(items.meetings.get('toString')).toBeUndefined();
    expect(items.quotes.list).toEqual([quote('q-a')]);
  });
});
