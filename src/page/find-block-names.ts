import type { PatternMeaning } from '../names/name-table';
import { segmentStartsOf, toSegmentPosition } from '../match/segment-positions';
import type { Matcher } from '../match/types';
import type { TextBlock } from './collect-blocks';
import { acceptsShortForm, isGluedGap, isPlaceNamedAfter, isTitleGap } from '../names/short-form-rule';
import { hasEvidenceAround } from '../names/name-evidence';
import { withoutNameAsides } from '../names/text-asides';

/** A place in the page: a text node and a UTF-16 offset in it (what `Range.setStart` takes). */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * A leader's name or short form found in a block, before the page-wide rule "short forms only
 * after the full name" is applied (gate-mentions.ts). Titles and countries are used as context and
 * not reported.
 */
export interface FoundName {
  leaderId: string;
  /** `short`: a short form; `shortAccepted` says whether its own context allows it. */
  kind: 'leader' | 'short';
  shortAccepted: boolean;
  /**
   * A full form ordinary people also bear ("Lý Cường") with no evidence around it (no title or
   * office next to it, not the leader's country nearby): it counts only if the page names the
   * same person unambiguously elsewhere (gate-mentions.ts).
   */
  unconfirmed?: boolean;
  text: string;
  start: TextPoint;
  end: TextPoint;
}

/**
 * Windows over a long block: `matcher.find` is linear, but on a 5 MB text node one call would be a
 * single long task. Windows end at whitespace and overlap by more than the longest name, so no
 * name is cut and none is reported twice.
 */
export const WINDOW_CHARS = 32 * 1024;
const OVERLAP_CHARS = 256;

/** Where the window starting at `from` stops owning matches (a whitespace position, or the end). */
export function windowEnd(text: string, from: number): number {
  if (text.length - from <= WINDOW_CHARS) return text.length;
  let cut = from + WINDOW_CHARS;
  const floor = from + WINDOW_CHARS / 2;
  while (cut > floor && !/\s/u.test(text[cut]!)) cut--;
  return cut;
}

/**
 * The names in `joined[from, to)` of a block (matches that START in the window; the matcher sees
 * an overlap beyond `to` so a name across the cut is whole). `block` maps joined offsets back to
 * text nodes. Returns the names and where the next window starts.
 */
export function findNamesInWindow(
  matcher: Matcher,
  meanings: readonly PatternMeaning[],
  block: TextBlock,
  joined: string,
  segmentStarts: readonly number[],
  from: number,
  to: number,
): { names: FoundName[]; next: number } {
  const windowText = from === 0 && to === joined.length ? joined : joined.slice(from, Math.min(joined.length, to + OVERLAP_CHARS));
  // "President Ferdinand “Bongbong” Marcos Jr.": read as the corpus reads it (src/names/text-asides.ts).
  const matches = matcher.find(withoutNameAsides(windowText));
  const names: FoundName[] = [];
  let next = to;
  let previous: { meaning: PatternMeaning; end: number } | null = null;
  let titleChain = false;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (m.start >= to - from && to < joined.length) break;
    const meaning = meanings[m.id];
    if (meaning === undefined) continue;
    // The gap is only read after a title: most names follow none, and the test is a RegExp.
    const afterTitle: boolean = titleChain && previous !== null && isTitleGap(windowText.slice(previous.end, m.start));
    const gluedToMatch = previous !== null && isGluedGap(windowText, previous.end, m.start);
    if (meaning.kind === 'title') titleChain = true;
    else if (meaning.kind === 'country') titleChain = afterTitle;
    else titleChain = false;
    previous = { meaning, end: m.end };
    if (meaning.kind !== 'leader' && meaning.kind !== 'short') continue;
    // "đường Lê Duẩn", "Vo Van Kiet Boulevard": a street or a school, not the leader.
    if (isPlaceNamedAfter(windowText, m.start, m.end)) continue;
    let shortAccepted = true;
    let unconfirmed = false;
    if (meaning.kind === 'short') {
      shortAccepted = acceptsShortForm(windowText, m.start, m.end, meaning.needsHonorific, afterTitle, gluedToMatch);
    } else if (meaning.commonIn !== undefined) {
      unconfirmed = !afterTitle && !hasEvidenceAround(windowText, matches, meanings, i, meaning.commonIn);
    }
    names.push({
      leaderId: meaning.leaderId,
      kind: meaning.kind,
      shortAccepted,
      ...(unconfirmed ? { unconfirmed } : {}),
      text: windowText.slice(m.start, m.end),
      start: pointAt(block, segmentStarts, from + m.start, false),
      end: pointAt(block, segmentStarts, from + m.end, true),
    });
    next = Math.max(next, from + m.end);
  }
  return { names, next };
}

/** The text node and offset of joined offset `offset` (see toSegmentPosition for `asEnd`). */
function pointAt(block: TextBlock, segmentStarts: readonly number[], offset: number, asEnd: boolean): TextPoint {
  // Most blocks with a name are one text node: no search.
  if (block.nodes.length === 1) return { node: block.nodes[0]!, offset };
  const at = toSegmentPosition(segmentStarts, block.texts, offset, asEnd);
  return { node: block.nodes[at.segment]!, offset: at.offset };
}

/**
 * Every name in one block, all windows at once (for callers that do not need to yield between
 * windows, such as tests and small blocks).
 *
 *     findBlockNames(matcher, meanings, { texts: ['Tô ', 'Lâm'], nodes })
 *     // [{ leaderId: 'to-lam', kind: 'leader', text: 'Tô Lâm', start: { node: nodes[0], offset: 0 }, … }]
 */
export function findBlockNames(matcher: Matcher, meanings: readonly PatternMeaning[], block: TextBlock): FoundName[] {
  const joined = block.texts.join('');
  const starts = segmentStartsOf(block.texts);
  const names: FoundName[] = [];
  let from = 0;
  while (from < joined.length) {
    const found = findNamesInWindow(matcher, meanings, block, joined, starts, from, windowEnd(joined, from));
    names.push(...found.names);
    from = found.next;
  }
  return names;
}
