import type { Mention } from './find-mentions';

// Words that may stand between a subject and its verb: "Tổng Bí thư Tô Lâm đã chân thành cảm ơn",
// "X và Phu nhân thăm", "X và Y đã có cuộc hội đàm".
const BETWEEN_SUBJECT_AND_VERB =
  /(?:\s+|^)(?:đã|đều|cũng|luôn|sẽ|vừa|mới|lại|còn|tiếp tục|chân thành|nhiệt liệt|trân trọng|một lần nữa|đặc biệt|cùng|cùng nhau|đồng thời|hoàn toàn|vui vẻ|thân mật|trực tiếp|chính thức|có|cuộc|chuyến|buổi|và phu nhân|cùng phu nhân|also|again|has|have|had|further|strongly|warmly|then|both|held|a|an|and his wife|and her husband)\s*$/iu;

/**
 * The mentions that are the grammatical subject of the word starting at `pos`: the mention chain
 * that ends right before it, allowing adverbs between ("X đã chân thành cảm ơn"). Mentions joined
 * by "và"/"," form one joint subject ("X và Y đã hội đàm"). Null when no mention stands there.
 *
 * @example subjectBefore('Ông Putin nói', 10, mentions) // the mention "Ông Putin"
 */
export function subjectBefore(sentence: string, pos: number, mentions: readonly Mention[]): Mention[] | null {
  let head = sentence.slice(0, pos);
  for (;;) {
    const trimmed = head.replace(BETWEEN_SUBJECT_AND_VERB, '');
    if (trimmed === head) break;
    head = trimmed;
  }
  const end = head.trimEnd().length;
  let last = mentions.find((m) => m.end === end);
  if (!last) return null;
  const chain: Mention[] = [last];
  for (;;) {
    const prev = mentions.filter((m) => m.end <= last!.start).at(-1);
    if (!prev || !/^\s*(?:,|và|and|cùng)\s*$/iu.test(sentence.slice(prev.end, last.start))) break;
    chain.unshift(prev);
    last = prev;
  }
  return chain;
}

/**
 * Mentions that follow the word ending at `pos` as its object: "hội đàm với X", "tiếp X",
 * "giữa X và Y", "của X". Joined mentions ("X và Y") are all taken.
 */
export function objectAfter(sentence: string, pos: number, mentions: readonly Mention[], maxGapWords = 0): Mention[] {
  const next = mentions.find((m) => m.start >= pos);
  if (!next) return [];
  const gap = sentence.slice(pos, next.start);
  const bare = gap.replace(/(?<![\p{L}\p{M}])(?:đồng chí|Đồng chí)(?![\p{L}\p{M}])/gu, ' ').trim();
  const words = bare === '' ? [] : bare.split(/\s+/);
  const linkers = /^(?:với|cùng|giữa|của|with|between|by|of|ông|bà|ngài|the)$/iu;
  const content = words.filter((w) => !linkers.test(w));
  if (content.length > maxGapWords || /[,;:.]/u.test(gap.replace(/\s/g, '').replace(/^,/, ''))) return [];
  return chainFrom(sentence, next, mentions);
}

/**
 * `first` and the mentions joined to it by "," / "và" / "and" ("X và Y", "X, Y và Z"): one
 * joint subject or object.
 */
export function chainFrom(sentence: string, first: Mention, mentions: readonly Mention[]): Mention[] {
  const chain = [first];
  let last = first;
  for (;;) {
    const after = mentions.find((m) => m.start >= last.end);
    if (!after || !/^\s*(?:,|và|and)\s*(?:đồng chí\s*)?$/iu.test(sentence.slice(last.end, after.start))) break;
    chain.push(after);
    last = after;
  }
  return chain;
}
