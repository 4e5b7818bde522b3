import type { ComponentChildren } from 'preact';
import { pure } from './pure';

interface ChunksProps<T> {
  items: readonly T[];
  /** How many of `items` to draw, from the first (`useProgressive`'s count). */
  count: number;
  /** Items per chunk: the step `count` grows by, so every chunk but the last stays the same. */
  size: number;
  /** Draws one item, with its own `key`. Keep it stable (`useCallback`): a new one draws every chunk again. */
  item(value: T): ComponentChildren;
}

/**
 * The first `count` of `items`, drawn as pure chunks of `size` with no element of their own (the
 * items land in the parent: rows in one `<tbody>`, circles in one `<g>`). When `count` grows by
 * a chunk, only that chunk is rendered: the ones before compare equal and are skipped, so the
 * last task of a list of thousands costs what the first did.
 *
 * @example
 * const count = useProgressive(rows.length, 20);
 * <tbody><Chunks items={rows} count={count} size={20} item={drawRow} /></tbody>
 */
export function Chunks<T>({ items, count, size, item }: ChunksProps<T>) {
  const chunks = [];
  for (let from = 0; from < Math.min(count, items.length); from += size) {
    chunks.push(<Chunk key={from} items={items} from={from} to={Math.min(count, items.length, from + size)} item={item} />);
  }
  return <>{chunks}</>;
}

interface ChunkProps {
  items: readonly unknown[];
  from: number;
  to: number;
  item(value: unknown): ComponentChildren;
}

const Chunk = pure(function Chunk({ items, from, to, item }: ChunkProps) {
  return <>{items.slice(from, to).map(item)}</>;
});
