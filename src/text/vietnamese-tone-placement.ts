/**
 * Vietnamese writes the same syllable with its tone mark on different vowels: "hoà"/"hòa",
 * "thuỷ"/"thủy", "khoẻ"/"khỏe" (the "new" and "old" styles), and both are everywhere in the news.
 * We take the tone off and put it back on a vowel chosen only from the toneless letters, so every
 * placement of one tone in one syllable ends up the same. The canonical placement is the common
 * ("old") style: hòa, thủy, khỏe. The idea follows yomitan's Vietnamese preprocessor (GPL; no
 * code taken).
 */

/** Huyền, sắc, ngã, hỏi, nặng as NFD combining marks. */
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
/** Circumflex, breve, horn: they make â ă ê ô ơ ư, and a vowel carrying one takes the tone. */
const QUALITY_MARKS = '\u0302\u0306\u031b';
const VOWELS = 'aeiouy';
/** Open two-vowel rhymes whose tone sits on the FIRST vowel in the old style ("hòa", not "hoà"). */
const OLD_STYLE_FIRST = new Set(['oa', 'oe', 'uy']);

/** One letter of a word: its base (any case) and its NFD diacritic marks. */
export interface LetterCluster {
  base: string;
  marks: string;
}

/**
 * Moves the single tone mark of a Vietnamese syllable onto its canonical vowel, in place.
 * Words that are not one Latin syllable with one tone (English, "José", two tone marks) are left
 * alone: re-placing there would invent a spelling.
 */
export function placeToneCanonically(word: LetterCluster[]): void {
  let toneAt = -1;
  let tone = '';
  for (let i = 0; i < word.length; i++) {
    const cluster = word[i]!;
    if (!/^[a-zđĐ]$/i.test(cluster.base)) return;
    for (const mark of cluster.marks) {
      if (!TONE_MARKS.includes(mark)) continue;
      if (toneAt !== -1) return;
      toneAt = i;
      tone = mark;
    }
  }
  if (toneAt === -1) return;
  const target = canonicalToneVowel(word);
  if (target === -1 || target === toneAt) return;
  const from = word[toneAt]!;
  from.marks = from.marks.replace(tone, '');
  const to = word[target]!;
  to.marks += tone;
}

/** Index of the vowel that carries the tone, or -1 when the word is not a single syllable. */
function canonicalToneVowel(word: readonly LetterCluster[]): number {
  const lower = word.map((c) => c.base.toLowerCase());
  let first = lower.findIndex((b) => VOWELS.includes(b));
  if (first === -1) return -1;
  let last = first;
  while (last + 1 < lower.length && VOWELS.includes(lower[last + 1]!)) last++;
  // A second vowel group means this is not one Vietnamese syllable.
  for (let i = last + 1; i < lower.length; i++) if (VOWELS.includes(lower[i]!)) return -1;
  // The u of "qu" and the i of "gi" belong to the consonant: "quý" → ý, "giá" → á.
  const onsetGlide =
    (lower[first] === 'u' && lower[first - 1] === 'q') ||
    (lower[first] === 'i' && lower[first - 1] === 'g' && first === 1);
  if (onsetGlide && first < last) first++;
  for (let i = last; i >= first; i--) {
    if ([...word[i]!.marks].some((m) => QUALITY_MARKS.includes(m))) return i;
  }
  if (first === last) return first;
  const closed = last < lower.length - 1;
  if (closed) return last;
  const rhyme = lower.slice(first, last + 1).join('');
  if (OLD_STYLE_FIRST.has(rhyme)) return first;
  return last - 1;
}

/**
 * Rewrites every Vietnamese syllable of `text` with its tone mark on the canonical vowel and
 * returns NFC. Case and everything else are kept.
 *
 *     normalizeTonePlacement('Hoà Bình, thuỷ lợi')  // 'Hòa Bình, thủy lợi'
 *     normalizeTonePlacement('khoẻ')                // 'khỏe'
 */
export function normalizeTonePlacement(text: string): string {
  return text.normalize('NFD').replace(/[\p{L}\p{M}]+/gu, (word) => {
    const clusters: LetterCluster[] = [];
    for (const ch of word) {
      const last = clusters[clusters.length - 1];
      if (/\p{M}/u.test(ch) && last) last.marks += ch;
      else clusters.push({ base: ch, marks: '' });
    }
    placeToneCanonically(clusters);
    return clusters.map((c) => c.base + c.marks).join('');
  }).normalize('NFC');
}
