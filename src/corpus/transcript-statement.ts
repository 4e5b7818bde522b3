import type { Statement } from './extract-statements';
import type { Mention } from './find-mentions';

/** The longest speaker label read: a name and a role ("VƯƠNG ĐÌNH HUỆ, PRESIDENT OF THE NATIONAL ASSEMBLY OF VIETNAM"). */
const LABEL_MAX = 120;
/** Fewest words after the label: "ALBANESE: Thanks." is a turn, but not one worth a quote. */
const MIN_WORDS = 3;

/**
 * The turn a transcript gives its speaker by a label in capitals before a colon, at the start of a
 * paragraph: "ANTHONY ALBANESE, PRIME MINISTER: Well, thank you very much …". Official transcripts
 * (a prime minister's office, a foreign ministry's press conference) carry their speakers so, with no
 * speech verb and no quotation marks. An engine shape, not a language's: the label is one resolved
 * person, then only their role, all of it without a lowercase letter, so a caption ("Prime Minister
 * X: photo VNA"), a kicker ("Hanoi: …") or a list ("Attending: X, Y") never speaks.
 *
 * @example
 * transcriptStatement('ANTHONY ALBANESE, PRIME MINISTER: Well, thank you very much.', mentions);
 * // { speakers: ['anthony-albanese'], text: 'Well, thank you very much.', direct: true, start: 34, end: 60 }
 */
export function transcriptStatement(text: string, mentions: readonly Mention[]): Statement | null {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > LABEL_MAX) return null;
  const label = text.slice(0, colon);
  if (/\p{Ll}/u.test(label) || !/\p{Lu}/u.test(label)) return null;
  const inside = mentions.filter((m) => m.start < colon);
  if (inside.length !== 1) return null;
  const speaker = inside[0]!;
  if (speaker.end > colon || speaker.leaderIds.length !== 1 || speaker.kind === 'pronoun' || speaker.kind === 'group') return null;
  // Only the speaker, then a role set off by a comma: "X, PRIME MINISTER".
  if (label.slice(0, speaker.start).trim() !== '' || !/^(?:\s*,[^,]+)?\s*$/u.test(label.slice(speaker.end))) return null;
  const start = colon + 1 + (text.slice(colon + 1).length - text.slice(colon + 1).trimStart().length);
  const said = text.slice(start).trimEnd();
  if (said.split(/\s+/u).length < MIN_WORDS) return null;
  return { speakers: [...speaker.leaderIds], text: said, direct: true, start, end: start + said.length };
}
