import type { Statement } from './extract-statements';
import type { Mention } from './find-mentions';
import type { LanguageRules } from './language-rules';

/** Fewest words the statement side of a headline needs: "X: Keep reforming" is a label, not a statement. */
const MIN_WORDS = 5;

/**
 * The statement of a headline in the press's "speaker: statement" or "statement: speaker" form
 * ("Phó Thủ tướng Phạm Bình Minh: Quan hệ … đang phát triển rất thực chất", "Indonesia views
 * Vietnam as an important partner in region: President Prabowo"). The speaker's side must be one
 * resolved person and nothing else, so a list ("Attending: X, Y") or a label ("Hanoi: …") never
 * speaks; the separators are the language's (`headlineSeparators`). Only headlines are read so:
 * in body text a colon introduces lists and quotations, which extract-statements.ts reads.
 *
 * @example
 * headlineStatement('Indonesia views Vietnam as an important partner: President Prabowo', mentions, rules);
 * // { speakers: ['prabowo-subianto'], text: 'Indonesia views Vietnam as an important partner', direct: false, start: 0, end: 47 }
 */
export function headlineStatement(text: string, mentions: readonly Mention[], rules: LanguageRules): Statement | null {
  const cut = rules.headlineSeparator.exec(text);
  if (!cut) return null;
  const left = { start: 0, end: cut.index };
  const right = { start: cut.index + cut[0].length, end: text.length };
  // Only one separator: "A: B: C" is a kicker and a headline, not a speaker and a statement.
  if (rules.headlineSeparator.test(text.slice(right.start))) return null;
  const only = (side: { start: number; end: number }): Mention | null => {
    const inside = mentions.filter((m) => m.start >= side.start && m.end <= side.end);
    if (inside.length !== 1) return null;
    const m = inside[0]!;
    if (m.leaderIds.length !== 1 || m.kind === 'pronoun' || m.kind === 'group') return null;
    const rest = text.slice(side.start, m.start) + text.slice(m.end, side.end);
    return /^[\s\p{P}]*$/u.test(rest) ? m : null;
  };
  const statement = (side: { start: number; end: number }): string | null => {
    const words = text.slice(side.start, side.end).trim().replace(/[\s.]+$/u, '');
    return words.split(/\s+/u).length >= MIN_WORDS ? words : null;
  };
  for (const [speakerSide, statementSide] of [
    [left, right],
    [right, left],
  ] as const) {
    const speaker = only(speakerSide);
    const said = speaker && statement(statementSide);
    if (speaker && said) return { speakers: [...speaker.leaderIds], text: said, direct: false, start: statementSide.start, end: statementSide.end };
  }
  return null;
}
