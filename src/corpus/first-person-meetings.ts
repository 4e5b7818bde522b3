import type { DatePhrase } from './date-phrases';
import { extractMeetingMentions, type MeetingMention } from './extract-meetings';
import { extractStatements } from './extract-statements';
import type { Mention } from './find-mentions';
import type { LanguageRules } from './language-rules';
import { quotationRanges } from './speech-verbs';
import { matchesOf } from '../text/matches-of';

/**
 * The meetings a speaker tells of in the first person inside their own quotation: "“After that, I
 * also held a bilateral meeting with my counterpart from Timor Leste, Taur Matan Ruak …,” he said."
 * Quotations are otherwise closed to meeting words (what someone says is not what the article
 * reports); here the speaker is the sentence's own, given by its attribution, and "I" is them. The
 * quotation is read as plain text with the speaker standing where "I" does; only meetings of the
 * speaker with someone named inside that quotation are kept. A paragraph that continues a quotation
 * without marks of its own (`continuing`: the speaker whose words it continues) is read whole so.
 *
 * @example
 * firstPersonMeetings('“I held talks with Prime Minister Y,” Anwar said.', mentions, null, dates, rules);
 * // [{ kind: 'talks', participants: ['anwar-ibrahim', 'y'], … }]
 */
export function firstPersonMeetings(
  sentence: string,
  mentions: readonly Mention[],
  lastSubject: string[] | null,
  dates: readonly DatePhrase[],
  rules: LanguageRules,
  /** Who speaks in a paragraph that continues their quotation without a mark of its own, if any. */
  continuing: string | null = null,
): MeetingMention[] {
  // Cheap tests first: most sentences hold no quotation, and most quotations no "I".
  if (sentence.search(rules.firstPerson) < 0) return [];
  // Inside a quotation the paragraph opened and never closes, the whole sentence is its speaker's
  // words, unless it holds marks of its own.
  // (The paragraph's own opening mark, straight or curly, is not a mark of the sentence's own: blanked, offsets kept.)
  const unopened = continuing === null ? sentence : sentence.replace(/^(\s*)[“"]/u, '$1 ');
  const open = continuing !== null && quotationRanges(sentence).length === 0 && !/[”"]/u.test(unopened);
  const quotes = open ? [[0, sentence.length] as [number, number]] : quotationRanges(sentence).filter(([a, b]) => sentence.slice(a, b).search(rules.firstPerson) >= 0);
  if (quotes.length === 0) return [];
  const speakers = open ? [] : extractStatements(sentence, mentions, lastSubject, rules).filter((st) => st.direct && st.speakers.length === 1);
  const told: MeetingMention[] = [];
  for (const [start, end] of quotes) {
    const statement = speakers.find((st) => st.start < end && st.end > start);
    if (!statement && !open) continue;
    const speaker = open ? continuing! : statement!.speakers[0]!;
    const quoted = open ? [...mentions] : mentions.filter((m) => m.start > start && m.end < end);
    const inside = quoted.filter((m) => m.leaderIds.length > 0 && !m.leaderIds.includes(speaker));
    if (inside.length === 0) continue;
    // The quotation as plain text (its marks blanked, offsets kept), the speaker for each "I" in it.
    const plain = open
      ? unopened
      : sentence.slice(0, start) + ' ' + sentence.slice(start + 1, end - 1) + ' ' + sentence.slice(end);
    const selves: Mention[] = [...matchesOf(sentence.slice(start, end), rules.firstPerson)].map((m) => ({
      start: start + m.index,
      end: start + m.index + m[0].length,
      kind: 'named',
      leaderIds: [speaker],
      titles: [],
      country: null,
    }));
    const within = [...quoted, ...selves].sort((a, b) => a.start - b.start);
    for (const mm of extractMeetingMentions(plain.slice(0, end), within, dates.filter((d) => d.end <= end), rules)) {
      if (mm.anaphoric || !mm.participants.includes(speaker)) continue;
      if (!mm.participants.some((id) => inside.some((m) => m.leaderIds.includes(id)))) continue;
      told.push(mm);
    }
  }
  return told;
}
