/**
 * Asides inside a name or a title that the name table cannot match through, blanked out letter for
 * letter so every offset stays that of the text: read the same way by the corpus engine
 * (src/corpus/find-mentions.ts) and on the page (src/page/find-block-names.ts), one matcher, two places.
 */

/** An acronym in parentheses between spaces ("People's Party (CPP) President"), two characters or more. */
const ACRONYM_ASIDE = /(?<=\s)\([\p{Lu}][\p{Lu}\p{N}&.-]{1,9}\)(?=\s)/gu;

/**
 * A gloss in parentheses inside a title, between a word and a capitalised one: "Chủ tịch Hội đồng
 * Đại biểu Nhân dân (tức Hạ viện) Indonesia Setya Novanto", "Chủ tịch Đuma Quốc gia (Hạ viện) Nga",
 * "Minister in the Prime Minister's Department (Law and Institutional Reform) Datuk Seri Azalina",
 * "Gen (ret) Prayut". Words only (letters, spaces, apostrophes, hyphens; no digit, stop or colon,
 * so no photo credit, time or source), two letters at least, eight words at most.
 */
const GLOSS_ASIDE = /(?<=[\p{L}\p{M}]\s)\([\p{L}\p{M}][\p{L}\p{M}'’-]+(?:[\s-][\p{L}\p{M}'’-]+){0,7}\)(?=\s+[\p{Lu}])/gu;

/**
 * A nickname in quotes between a given name and a family name ("Ferdinand "Bongbong" Marcos Jr.",
 * "Rodrigo 'Digong' Duterte", the wires' doubled apostrophes too): one or two capitalised words.
 */
const NICKNAME = /(?<=[\p{Lu}][\p{L}\p{M}'’-]*\s+)(?:''|["“”‘’'])[\p{Lu}][\p{L}\p{M}-]*(?:\s+[\p{Lu}][\p{L}\p{M}-]*)?(?:''|["“”‘’'])(?=\s+[\p{Lu}])/gu;

/**
 * The sentence with every nickname in quotes inside a name blanked out, letter for letter, so the
 * name table matches the name around it and offsets stay those of the text.
 *
 * @example
 * withoutNicknames('President Ferdinand "Bongbong" Marcos Jr. said') // 'President Ferdinand            Marcos Jr. said'
 */
export function withoutNicknames(sentence: string): string {
  if (!/["“”‘’']/u.test(sentence)) return sentence;
  return sentence.replace(NICKNAME, (m) => ' '.repeat(m.length));
}

/**
 * The sentence with every acronym in parentheses blanked out, letter for letter, so offsets stay
 * those of the text: "Cambodian People's Party (CPP) President Hun Sen", "chairman of the
 * National People's Congress (NPC) Standing Committee", as the wires write titles, read as the
 * titles themselves (the matcher takes a run of spaces as one).
 *
 * @example
 * withoutAcronymAsides("CPP (Cambodia) President") // unchanged: not an acronym
 */
export function withoutAcronymAsides(sentence: string): string {
  if (!sentence.includes('(')) return sentence;
  return sentence.replace(ACRONYM_ASIDE, (m) => ' '.repeat(m.length));
}

/**
 * The sentence with every gloss in parentheses inside a title blanked out, letter for letter, so
 * the title reads through it to the name ("Chủ tịch Hội đồng Đại biểu Nhân dân (tức Hạ viện)
 * Indonesia Setya Novanto" is Indonesia's, not a bare "Chủ tịch" and a name).
 *
 * @example
 * withoutGlossAsides('Thủ tướng (người đứng đầu Chính phủ) Lào Sonexay') // 'Thủ tướng                          Lào Sonexay'
 */
export function withoutGlossAsides(sentence: string): string {
  if (!sentence.includes('(')) return sentence;
  return sentence.replace(GLOSS_ASIDE, (m) => ' '.repeat(m.length));
}

/**
 * Every aside this module knows blanked out: what the name table is given, in the corpus and on
 * the page alike.
 */
export function withoutNameAsides(text: string): string {
  return withoutNicknames(withoutGlossAsides(withoutAcronymAsides(text)));
}
