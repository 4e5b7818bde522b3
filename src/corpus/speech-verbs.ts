/**
 * Verbs that introduce what a leader said, in Vietnamese and English news. Longest forms first so
 * "bày tỏ tin tưởng" wins over "bày tỏ", and "nhắc lại lời mời" over "mời".
 */
const VERBS = [
  // Vietnamese
  'nhắc lại lời mời', 'bày tỏ tin tưởng', 'bày tỏ vui mừng', 'bày tỏ', 'khẳng định lại', 'khẳng định', 'nhấn mạnh',
  'chân thành cảm ơn', 'cảm ơn', 'cám ơn', 'chúc mừng', 'đánh giá cao', 'đánh giá', 'đề nghị', 'đề xuất', 'tin tưởng',
  'kêu gọi', 'thông báo', 'mời', 'nhất trí', 'thống nhất', 'hoan nghênh', 'chào mừng', 'mong muốn', 'mong', 'cho biết',
  'cho rằng', 'nói', 'phát biểu', 'tuyên bố', 'gửi lời', 'chuyển lời', 'trân trọng chuyển', 'ghi nhận', 'cam kết',
  'chia sẻ', 'lưu ý', 'nhận định', 'nhắc lại', 'bày tỏ cảm ơn', 'đồng ý', 'kiến nghị', 'yêu cầu',
  // English
  'said', 'says', 'stressed', 'emphasised', 'emphasized', 'affirmed', 'reaffirmed', 'expressed', 'thanked',
  'congratulated', 'proposed', 'called for', 'called on', 'noted', 'agreed', 'welcomed', 'invited', 'told', 'highlighted',
  'pledged', 'suggested', 'voiced',
].sort((a, b) => b.length - a.length);

/**
 * Verbs strong enough to start a second statement after a bare comma or "và" ("…, nhấn mạnh …",
 * "… và đề nghị …"); weaker ones after "và" are usually part of one list ("trao đổi … và ủng hộ").
 */
export const COMMA_STATEMENT_VERBS = new Set([
  'nhấn mạnh', 'khẳng định', 'khẳng định lại', 'cảm ơn', 'chân thành cảm ơn', 'đề nghị', 'kêu gọi', 'chúc mừng',
  'bày tỏ', 'bày tỏ tin tưởng', 'bày tỏ vui mừng', 'bày tỏ cảm ơn', 'đánh giá cao', 'hoan nghênh', 'mong muốn',
  'thông báo', 'nhất trí', 'thống nhất', 'chào mừng', 'mời', 'nhắc lại lời mời', 'tuyên bố', 'cho biết', 'stressed', 'affirmed',
  'said', 'says', 'added', 'noted', 'agreed', 'welcomed', 'proposed', 'pledged', 'invited', 'reaffirmed', 'congratulated',
  'thanked', 'called for', 'emphasised', 'emphasized', 'expressed',
]);

// Words that turn the following verb into a noun: "sự tin tưởng", "lời mời", "những đánh giá".
const NOUN_MARKERS = new Set([
  // Not "thư": "Tổng Bí thư khẳng định" ends a title in "thư".
  'sự', 'lời', 'niềm', 'những', 'các', 'việc', 'cuộc', 'của', 'mọi', 'theo', 'buổi', 'the', 'a', 'an',
  'his', 'her', 'their', 'its',
]);

const VERB_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${VERBS.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{M}])`,
  'giu',
);

export interface VerbHit {
  start: number;
  end: number;
  verb: string;
}

/**
 * Speech verbs in `sentence` used as verbs (not after a noun marker such as "sự", "lời"), outside
 * the character ranges in `skip` (quotations).
 *
 * @example findSpeechVerbs('Ông khẳng định sự tin tưởng.', [])  // one hit: "khẳng định"
 */
export function findSpeechVerbs(sentence: string, skip: readonly [number, number][]): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of sentence.matchAll(VERB_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some(([a, b]) => start >= a && start < b)) continue;
    const before = /([\p{L}\p{M}]+)\s*$/u.exec(sentence.slice(Math.max(0, start - 20), start));
    if (before && NOUN_MARKERS.has(before[1]!.toLowerCase())) continue;
    // "đánh giá cao của Đảng": a verb followed by "của" is a noun.
    if (/^\s+của(?![\p{L}\p{M}])/u.test(sentence.slice(end))) continue;
    hits.push({ start, end, verb: m[0].toLowerCase() });
  }
  return hits;
}

/** Ranges of quotations (“…”, "…", «…») in `text`, as [start, end) including the marks. */
export function quotationRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /“[^”]*”|«[^»]*»|(?<![\p{L}\p{N}])"[^"]*"/gu;
  for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}
