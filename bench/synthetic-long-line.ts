/**
 * One-line articles of a given size, for the build's linear-time check (issue 10: a 1 MB
 * single-line article took 2.75 s and a 1.9 MB one 8.8 s; one 1.88 MB single-sentence article
 * froze every hover). Made from the seed articles in corpus/articles, so the text is real news
 * with its names, dates, meetings and quotes, every line break turned into a space:
 * - `sentences`: the articles' sentences one after another on one line;
 * - `one-sentence`: the same with every sentence end turned into a comma, so the whole file is a
 *   single sentence (what the sentence splitter, the subject look-backs and the evidence cap meet
 *   at their worst);
 * - `names-and-dates`: one clause repeated, a full date, two titled leaders, a meeting and a quote
 *   in every 110 bytes, no sentence end: the densest work per byte (date phrases that must not
 *   overlap, mentions, subjects), where a check against every earlier phrase grew quadratic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type LongLineShape = 'sentences' | 'one-sentence' | 'names-and-dates';

const DENSE_CLAUSE = 'Chiều 8/11/2024, Tổng Bí thư Tô Lâm hội đàm với Chủ tịch nước Lương Cường và nói: “Hai nước là anh em”;';

const SEED_DIR = join(import.meta.dirname, '..', 'corpus', 'articles');

function seedLine(shape: LongLineShape): string {
  if (shape === 'names-and-dates') return DENSE_CLAUSE;
  const line = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEED_DIR, f), 'utf8').replace(/^ date \S+\n?/u, ''))
    .join(' ')
    .replace(/\s*\n\s*/gu, ' ');
  return shape === 'one-sentence' ? line.replace(/[.!?…]/gu, ',') : line;
}

/**
 * An article of exactly `bytes` bytes of UTF-8 (or up to three fewer, to end on a whole
 * character) on a single line, without a header or a final line break.
 *
 * @example
 * Buffer.byteLength(longLineArticle(1_000_000, 'sentences')); // 999_998 … 1_000_000
 */
export function longLineArticle(bytes: number, shape: LongLineShape): string {
  const unit = `${seedLine(shape)} `;
  const repeats = Math.ceil(bytes / Buffer.byteLength(unit));
  const full = Buffer.from(unit.repeat(repeats));
  // Back off to the start of a character: a UTF-8 continuation byte is 10xxxxxx.
  let end = Math.min(bytes, full.length);
  while (end > 0 && end < full.length && ((full[end] ?? 0) & 0xc0) === 0x80) end--;
  return full.subarray(0, end).toString('utf8');
}
