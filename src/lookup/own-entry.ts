/**
 * `record[key]` when `key` is the record's own property, else `undefined`.
 *
 * The index's tables are plain objects parsed from JSON, so `index.leaders['constructor']` or
 * `index.articles['__proto__']` would answer `Object` or `Object.prototype` — and the code that
 * reads a leader or an article from it then throws, which a message with such an id turned into an
 * internal error instead of "unknown" (issue 10). Every lookup by an id that came from outside
 * (a message, a page, the index's own cross-references) goes through here.
 *
 * @example
 * ownEntry(index.leaders, 'to-lam');      // the leader
 * ownEntry(index.leaders, 'constructor'); // undefined
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
