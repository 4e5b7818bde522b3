/**
 * Lengths an item of the index may carry beside its text, under a symbol (which JSON, `for…in` and
 * `Object.keys` do not see): an item whose text is fetched only when read (corpus/state-text.ts)
 * says how long it is, so that weighing the shards (index-layout.ts) does not fetch the text of the
 * whole corpus to choose their number. An item without them is measured.
 */
export const KNOWN_LENGTHS: unique symbol = Symbol('leaderlens.knownLengths');

/** See {@link KNOWN_LENGTHS}: a quote's words and sentence, a source's sentence, an article's paragraphs. */
export interface KnownLengths {
  text?: number;
  evidence?: number;
  /** Paragraphs, and their characters together. */
  paragraphs?: readonly [count: number, chars: number];
}

function known(item: object): KnownLengths | undefined {
  return (item as { [KNOWN_LENGTHS]?: KnownLengths })[KNOWN_LENGTHS];
}

/** `item.text.length`, without reading the text where the item knows it. */
export function textLength(item: { readonly text: string }): number {
  return known(item)?.text ?? item.text.length;
}

/** `item.evidence.length`, without reading the sentence where the item knows it. */
export function evidenceLength(item: { readonly evidence: string }): number {
  return known(item)?.evidence ?? item.evidence.length;
}

/** How many paragraphs an article has and their characters together, without reading them where it knows them. */
export function paragraphLengths(article: { readonly paragraphs: readonly { text: string }[] }): readonly [number, number] {
  const given = known(article)?.paragraphs;
  if (given !== undefined) return given;
  let chars = 0;
  for (const paragraph of article.paragraphs) chars += paragraph.text.length;
  return [article.paragraphs.length, chars];
}

/**
 * The fields of `item` but `skip`, in its order, without reading `skip` (a getter that fetches
 * text is not called): what `const { skip: _, ...rest } = item` gives.
 */
export function withoutField<T extends object, K extends keyof T>(item: T, skip: K): Omit<T, K> {
  const rest: Record<string, unknown> = {};
  for (const field of Object.keys(item)) if (field !== skip) rest[field] = (item as Record<string, unknown>)[field];
  return rest as Omit<T, K>;
}

/**
 * A shallow copy of `item`, or the item itself when it fetches its text when read (it carries
 * {@link KNOWN_LENGTHS}): `{ ...item }` would call its getters and fetch the text of every article
 * the index copies, and copying its property descriptors took a quarter of a second at 10k.
 */
export function copyUnlessLazy<T extends object>(item: T): T {
  return known(item) === undefined ? { ...item } : item;
}
