/**
 * An index's meetings and quotes as lists and look-ups by id, for the index stage: its layout
 * (index-layout.ts) goes over every item in order and asks for items by id, and the records by id
 * the index holds (`LeaderlensIndex.meetings`, `.quotes`) are slow at both at 10k articles. A
 * quarter of a million quote ids keep V8's object in dictionary mode: putting each id in it
 * (every key made an internalized string) took 0.2–0.4 s of an added article's build, its
 * `Object.keys` (sorted by when each key came) and a look-up each another 0.2–0.3 s
 * (docs/scale.md, "An added article, a fifteenth stop").
 *
 * {@link lazyItemRecords} makes an index's two records when first read, and keeps the build's
 * lists meanwhile; {@link indexItems} answers from those lists while neither record has been read,
 * and from the records otherwise (an index loaded from JSON, made by hand, or read and perhaps
 * changed since). Either way the same items in the same order: the order the record's keys have
 * (an id that is an array index would come first there, so the lists are not kept for such ids).
 */
import type { ExportMeeting, ExportQuote } from '../model/export-types';
import type { IndexFacts } from './format';

/** Items of one kind: in the order of their record's keys, and by id. */
export interface ItemTable<T> {
  readonly list: readonly T[];
  get(id: string): T | undefined;
}

/** An index's meetings and quotes as {@link ItemTable}s. */
export interface IndexItems {
  meetings: ItemTable<ExportMeeting>;
  quotes: ItemTable<ExportQuote>;
}

type ItemKind = 'meetings' | 'quotes';

/** The lists of an index whose records have not been read yet, by the index. */
const unread = new WeakMap<object, Partial<Record<ItemKind, ItemTable<never>>>>();

/**
 * The meetings and quotes of `facts`, as lists in the order of its records' keys and by id: from
 * the lists {@link lazyItemRecords} kept where a record has not been read, from the record otherwise.
 *
 * @example
 * const { quotes } = indexItems(index);
 * quotes.list.length; // Object.keys(index.quotes).length, without making index.quotes
 * quotes.get('q-0123456789abc'); // the quote, or undefined
 */
export function indexItems(facts: Pick<IndexFacts, ItemKind>): IndexItems {
  const kept = unread.get(facts);
  return {
    meetings: (kept?.meetings as ItemTable<ExportMeeting> | undefined) ?? recordTable(facts.meetings),
    quotes: (kept?.quotes as ItemTable<ExportQuote> | undefined) ?? recordTable(facts.quotes),
  };
}

/**
 * Defines `target`'s `meetings` and `quotes` (which must be there already, holding anything, in
 * the places they are to keep among its keys) as the records by id of `items`, made when first
 * read (or replaced by an assignment), as `byId` would make them; until then {@link indexItems}
 * answers from `items`. Where an id is an array index, or `byId` is needed at once, the record is
 * made now.
 *
 * @example
 * const index = { meetings: {}, quotes: {} };
 * lazyItemRecords(index, { meetings: build.data.meetings, quotes: build.data.quotes }, byId);
 * indexItems(index).quotes.list; // build.data.quotes (ids distinct), index.quotes not made
 */
export function lazyItemRecords<T extends Pick<IndexFacts, ItemKind>>(
  target: T,
  items: { meetings: readonly ExportMeeting[]; quotes: readonly ExportQuote[] },
  byId: <I extends { id: string }>(items: readonly I[]) => Record<string, I>,
): T {
  const kept: Partial<Record<ItemKind, ItemTable<never>>> = {};
  for (const kind of ['meetings', 'quotes'] as const) {
    const table = listTable<{ id: string }>(items[kind]);
    if (table === undefined) {
      Object.defineProperty(target, kind, { value: byId<{ id: string }>(items[kind]), writable: true, enumerable: true, configurable: true });
      continue;
    }
    kept[kind] = table as ItemTable<never>;
    const settle = (value: unknown) => {
      // The record from now on: whoever holds it may change it, so the lists no longer answer for it.
      delete unread.get(target)?.[kind];
      Object.defineProperty(target, kind, { value, writable: true, enumerable: true, configurable: true });
      return value;
    };
    Object.defineProperty(target, kind, {
      get: () => settle(byId(table.list)),
      set: (value: unknown) => void settle(value),
      enumerable: true,
      configurable: true,
    });
  }
  unread.set(target, kept);
  return target;
}

/** A table of `items` by id as a record of them would hold them; undefined when an id is an array index (the record orders those first). */
function listTable<T extends { id: string }>(items: readonly T[]): ItemTable<T> | undefined {
  const byId = new Map<string, T>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (mayBeIndex(item.id) && isArrayIndex(item.id)) return undefined;
    byId.set(item.id, item);
  }
  // A later item with the same id takes the earlier one's place, as in the record.
  const list = byId.size === items.length ? items : [...byId.values()];
  return { list, get: (id) => byId.get(id) };
}

/** The table of a record: its keys in order, a look-up each; own keys only. */
function recordTable<T>(record: Readonly<Record<string, T>>): ItemTable<T> {
  return {
    list: Object.keys(record).map((id) => record[id]!),
    get: (id) => (Object.hasOwn(record, id) ? record[id] : undefined),
  };
}

/** Whether `id` starts with a digit (only such a key can be an array index): one comparison for most ids. */
function mayBeIndex(id: string): boolean {
  const c = id.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Whether `key` is an array index (a canonical integer below 2³² − 1), which objects list before other keys. */
function isArrayIndex(key: string): boolean {
  return /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}
