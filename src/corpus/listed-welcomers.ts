/**
 * A welcome told the other way round, the welcomers listed last: "Ra đón đoàn tại sân bay quốc tế
 * Nội Bài có: Bộ trưởng A; Thứ trưởng B", "Đón Chủ tịch nước và đoàn tại sân bay, về phía Hàn Quốc
 * có Bộ trưởng Ngoại giao C", "Welcoming him at the airport were Foreign Minister A and …". The
 * verb opens the sentence with no subject before it, so the engine's subject-first reading finds no
 * one who welcomed; the press of both languages writes airport welcomes and see-offs this way.
 */
import type { DatePhrase } from './date-phrases';
import type { MeetingMention } from './extract-meetings';
import type { Mention } from './find-mentions';
import type { LanguageRules } from './language-rules';

/** How long the words between the verb and the list's marker may be, in characters (the guest, the place, a side: "…, về phía Hàn Quốc"). */
const GUEST_REACH = 200;
/**
 * How far after the marker the first of those listed the index knows may be named, in characters:
 * a role before the name ("có Ủy viên Trung ương Đảng, Trưởng ban Đối ngoại Trung ương A") or
 * someone it does not know may come first ("có Phó Chủ tịch thứ nhất Quốc hội Campuchia B, Bộ
 * trưởng Ngoại giao A").
 */
const LIST_OPENING_REACH = 120;

/** A welcome whose welcomers a sentence lists last, and where its verb stands. */
export interface ListedWelcome {
  meeting: MeetingMention;
  /** Offsets of the opening verb: no other reading of the sentence tells a meeting with it. */
  verbStart: number;
  verbEnd: number;
  /**
   * The guest was told as the delegation or a pronoun no one took ("Ra đón đoàn …"): the traveller
   * the article is telling of, which only the article knows.
   */
  delegationGuest: boolean;
}

/**
 * The welcome `sentence` tells with its welcomers listed after a marker ("có", "were"), or null:
 * the sentence must open with a welcome verb (`welcomerListVerbs`), the marker must follow within
 * the guest's reach with no stop between, and someone must be named soon after it. The guest is
 * whoever is named between the verb and the marker; naming no one there, a delegation noun or a
 * pronoun makes the guest the traveller (`delegationGuest`). Welcomers are the host.
 *
 * @example
 * // "Ra đón đoàn tại sân bay quốc tế Nội Bài có: Bộ trưởng Ngoại giao Bùi Thanh Sơn." →
 * // a reception, participants ['bui-thanh-son'], host ['bui-thanh-son'], delegationGuest true
 */
export function listedWelcome(sentence: string, mentions: readonly Mention[], dates: readonly DatePhrase[], rules: LanguageRules): ListedWelcome | null {
  const opening = rules.welcomerListOpening.exec(sentence);
  if (!opening) return null;
  const verb = opening[1]!;
  const verbEnd = opening.index + opening[0].length;
  const verbStart = verbEnd - verb.length;
  const kind = rules.welcomerListKinds.get(verb.toLowerCase());
  if (kind === undefined) return null;
  const rest = sentence.slice(verbEnd, verbEnd + GUEST_REACH);
  const marker = rules.welcomerListMarker.exec(rest);
  if (!marker || /[;:.!?]/u.test(rest.slice(0, marker.index))) return null;
  const listStart = verbEnd + marker.index + marker[0].length;
  const markerStart = verbEnd + marker.index;
  const welcomers = mentions.filter((m) => m.start >= listStart && (m.leaderIds.length > 0 || m.stranger !== undefined));
  const first = welcomers[0];
  if (!first || first.start - listStart > LIST_OPENING_REACH || /[.!?]/u.test(sentence.slice(listStart, first.start))) return null;
  const told = mentions.filter((m) => m.start >= verbEnd && m.end <= markerStart);
  const guest = told.filter((m) => m.leaderIds.length > 0 || m.stranger !== undefined);
  const delegationGuest = guest.length === 0 && (told.some((m) => m.kind === 'pronoun') || rules.delegationNoun.test(sentence.slice(verbEnd, markerStart)));
  if (guest.length === 0 && !delegationGuest) return null;
  const hostIds = [...new Set(welcomers.flatMap((m) => m.leaderIds))];
  const guestIds = [...new Set(guest.flatMap((m) => m.leaderIds))].filter((id) => !hostIds.includes(id));
  const datePhrase = dates.find((d) => d.end <= markerStart && d.day !== null) ?? null;
  return {
    meeting: {
      kind,
      participants: [...guestIds, ...hostIds],
      others: [...guest, ...welcomers].flatMap((m) => (m.stranger ? [m.stranger] : [])),
      datePhrase,
      place: null,
      recalled: false,
      anaphoric: false,
      host: kind === 'reception' ? hostIds : [],
    },
    verbStart,
    verbEnd,
    delegationGuest,
  };
}
