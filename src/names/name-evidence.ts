import type { PatternMeaning } from './name-table';
import type { Match } from '../match/types';

/** How far (characters) a country name may stand from a common name and still vouch for it. */
export const COUNTRY_REACH = 160;

/** Between a name and the title after it: "Lý Cường, Thủ tướng Trung Quốc", "Li Qiang (Premier)". */
const TITLE_AFTER_GAP = /^\s*[,(–—-]?\s*$/u;

/**
 * Whether the text around the name `matches[index]` shows that a form ordinary people also bear
 * ("Lý Cường") means the leader of `country`: a title or office right after it, or the leader's
 * country named within COUNTRY_REACH characters. A title right before it is the caller's (the
 * title chain it already follows). `matches` are the matcher's matches of `text`, in order.
 *
 *     hasEvidenceAround('Lý Cường thăm Trung Quốc', matches, meanings, 0, 'CN')   // true
 *     hasEvidenceAround('cầu thủ Lý Cường ghi bàn', matches, meanings, 0, 'CN')    // false
 */
export function hasEvidenceAround(
  text: string,
  matches: readonly Match[],
  meanings: readonly PatternMeaning[],
  index: number,
  country: string,
): boolean {
  const name = matches[index]!;
  const next = matches[index + 1];
  if (next !== undefined && meanings[next.id]?.kind === 'title' && TITLE_AFTER_GAP.test(text.slice(name.end, next.start))) return true;
  for (let k = index - 1; k >= 0 && matches[k]!.end >= name.start - COUNTRY_REACH; k--) {
    if (namesCountry(matches[k]!, meanings[matches[k]!.id], country)) return true;
  }
  for (let k = index + 1; k < matches.length && matches[k]!.start <= name.end + COUNTRY_REACH; k++) {
    if (namesCountry(matches[k]!, meanings[matches[k]!.id], country)) return true;
  }
  return false;
}

/**
 * Whether a match names `country`: the country itself, or a title told with it ("Tổng thống
 * Pháp", a title form with its country; "China's top legislator", a country the caller joined to
 * the title after it and gives as the match's `country`).
 */
function namesCountry(match: Match & { country?: string }, meaning: PatternMeaning | undefined, country: string): boolean {
  if (meaning === undefined) return false;
  if (meaning.kind === 'country') return meaning.country === country;
  return meaning.kind === 'title' && (match.country ?? meaning.country) === country;
}
