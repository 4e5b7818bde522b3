/**
 * Article text → title + body paragraphs, with the site's furniture removed and listed.
 *
 * Boilerplate is recognised by its SHAPE and POSITION, never by one site's strings:
 * - The title is the first headline-like line that is followed (after at most a few bylines,
 *   stamps, player widgets or share buttons) by a paragraph of prose. Everything before it is the
 *   site's header and menus.
 * - After the last paragraph of prose come bylines, tag lists, "back to top", comment and payment
 *   prompts: dropped. A footer marker (tag list, login/payment/comment prompt) with little prose
 *   after it ends the article there, so readers' comments do not become article text.
 * - Inside the body: photo placeholders ("… - Ảnh 3."), repeated paragraphs and captions, credit-
 *   only captions, "Tin liên quan" teaser boxes, player clocks, date stamps and prompts that talk
 *   to the reader about the site.
 * A caption that is a full sentence about people is kept once (its credit cut off): it may be the
 * only place a fact appears.
 *
 * Pure (no Node APIs): the extension may run it.
 */
import { LANGUAGES } from '../lang';
import { wordAlternation } from '../lang/word-pattern';
import {
  capitalRatio,
  endsLikeSentence,
  isByline,
  captionTellsMeeting,
  isDateStamp,
  isHeadlineLike,
  isLeadProse,
  isPhotoPlaceholder,
  isPlayerWidget,
  isProse,
  isRelatedHeading,
  isTagList,
  stripPhotoCredit,
  stripSourcePrefix,
  uiEvidence,
  uiScore,
  withoutCellBar,
  wordCount,
  words,
} from './clean-shapes';

export interface CleanParagraph {
  text: string;
  /** 1-based line in the text given to `cleanArticle` (add RawArticle.lineOffset for the file). */
  line: number;
}

export interface RemovedLine {
  line: number;
  reason: string;
}

export interface CleanedArticle {
  title: string;
  /** 1-based line of the title, 0 when the text is empty. */
  titleLine: number;
  paragraphs: CleanParagraph[];
  /** Every non-blank line that is not the title or a paragraph, with why. */
  removed: RemovedLine[];
}

interface Line {
  line: number;
  text: string;
  /** Whether the non-empty line before it in the file held nothing but a photo's image mark ("![]() |"). */
  underPhoto?: boolean;
}

/** A prose line before the headline at least this long is the article's lead, not site furniture. */
const LEAD_BEFORE_TITLE_MIN = 80;
/** At most this many furniture lines may sit between a headline and its first paragraph. */
const MAX_TITLE_GAP = 6;
/** A footer marker ends the article when at most this many prose paragraphs follow it. */
const MAX_PROSE_AFTER_FOOTER = 3;

/**
 * WordPress shortcodes left in copied text ("[caption id=… align=…]Ảnh …[/caption]"): markup,
 * not words; the caption inside them stays.
 */
function withoutShortcodes(line: string): string {
  if (!line.includes('[')) return line;
  return line
    .replace(/\[\/?(?:caption|gallery|embed|video|audio)(?:\s[^\]]*)?\]/giu, ' ')
    // "![]()", "![Ảnh](https://…)": a Markdown image a scrape left where the photo was.
    .replace(/!\[[^\]]{0,300}\]\([^)\s]{0,2000}\)/gu, ' ');
}

function key(text: string): string {
  return words(text).trim();
}

/**
 * A headline's standfirst: a sentence without its stop right under the headline, of more words
 * than the headline and at least eight, opening with a capital (a menu line is short, a tag list
 * has no sentence shape). `headline` is a line the title search already found headline-like.
 */
function isStandfirst(headline: string, line: string): boolean {
  const words = wordCount(line);
  return (
    gapReason(headline) === null &&
    wordCount(headline) >= 4 &&
    /\p{Ll}/u.test(headline) &&
    !/[|•]/u.test(headline) &&
    isHeadlineLike(line) &&
    words >= STANDFIRST_MIN_WORDS &&
    words > wordCount(headline) &&
    /^\p{Lu}/u.test(line.trim()) &&
    /\p{Ll}/u.test(line) &&
    sharedWords(headline, line) >= STANDFIRST_SHARED_WORDS
  );
}

/** A mark opening a point of a list: "- ", "• ", "– ". */
const LIST_POINT = /^\s*[-–•·▪●*]\s+/u;

/** Most points a standfirst list has. */
const MAX_STANDFIRST_POINTS = 4;

/**
 * How many lines from `at` are a headline's standfirst written as points of a list ("- Kishida and
 * Biden agreed to cooperate …", "- He also met …"), the lead right after them: each point a
 * sentence without its stop of at least eight words, opening with a capital; together they retell
 * the headline. 0 when they are not (a list of links or stamps, or no lead after it).
 */
function standfirstPoints(lines: readonly Line[], at: number, headline: string): number {
  let n = 0;
  while (n < MAX_STANDFIRST_POINTS) {
    const text = lines[at + n]?.text ?? '';
    const point = text.replace(LIST_POINT, '');
    if (point === text || !/^\p{Lu}/u.test(point) || !/\p{Ll}/u.test(point) || wordCount(point) < STANDFIRST_MIN_WORDS || gapReason(point) !== null || endsLikeSentence(point)) break;
    n++;
  }
  if (n === 0 || !isLeadProse(stripSourcePrefix(lines[at + n]?.text ?? ''))) return 0;
  const points = lines.slice(at, at + n).map((l) => l.text).join(' ');
  return sharedWords(headline, points) >= STANDFIRST_SHARED_WORDS ? n : 0;
}

/** How many of the headline's words of three letters or more the line repeats (case aside): a standfirst retells its headline, a stamp or a menu does not. */
function sharedWords(headline: string, line: string): number {
  const inLine = new Set(line.toLowerCase().match(/[\p{L}\p{M}]{3,}/gu) ?? []);
  return new Set((headline.toLowerCase().match(/[\p{L}\p{M}]{3,}/gu) ?? []).filter((w) => inLine.has(w))).size;
}

/** Fewest words a standfirst has (a sentence, not a menu or a kicker). */
const STANDFIRST_MIN_WORDS = 8;
/** Fewest headline words a standfirst repeats. */
const STANDFIRST_SHARED_WORDS = 2;

/** Furniture allowed between the headline and the lead: bylines, stamps, players, share buttons. */
function gapReason(line: string): string | null {
  // "• 36 phút trước", "• updated: Mar 21 2022": a stamp or byline set out as a point of a list.
  const t = line.replace(LIST_POINT, '');
  if (isPlayerWidget(t)) return 'audio/video player';
  if (isDateStamp(t)) return 'date/time stamp';
  if (isByline(t)) return 'byline';
  if (isPhotoPlaceholder(t)) return 'photo placeholder';
  if (uiScore(t) >= 1 && t.length < 60) return 'share/login/subscription buttons';
  if (stripPhotoCredit(t) !== null && !isProse(t)) return 'photo caption';
  return null;
}

/**
 * "![]()" then "Thủ tướng X đang điện đàm với Thủ tướng Singapore." under a headline: a short line
 * right after a photo's mark, below the headline, is that photo's caption even with no credit,
 * so the lead after it still follows the headline. Not a line long enough to be the lead itself.
 */
function captionUnderPhoto(lines: readonly Line[], at: number, headline: number): boolean {
  const line = lines[at];
  return at > headline && line?.underPhoto === true && !isLeadProse(line.text) && /\p{L}/u.test(line.text);
}

/** Words a line needs before a break at its end can be read as a wrap inside a sentence. */
const WRAPPED_MIN_WORDS = 20;
/** Most words of the rest of the sentence on the next line. */
const WRAP_TAIL_MAX_WORDS = 15;

/**
 * Lines joined where a sentence was broken across them: a long line of prose that stops on a
 * lowercase word without a mark ("… to attend the APEC Leaders' Meeting on"), then a short line
 * that ends the sentence ("November 10 and 11."). Left apart, the stub reads as a headline and the
 * lead before it as the site's header. The joined line keeps the first line's number.
 */
function joinWrappedLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next && isWrappedBefore(line.text, next.text)) {
      out.push({ ...line, text: `${line.text} ${next.text}` });
      i++;
    } else out.push(line);
  }
  return out;
}

function isWrappedBefore(line: string, next: string): boolean {
  if (endsLikeSentence(line) || !/\s\p{Ll}+$/u.test(line) || wordCount(line) < WRAPPED_MIN_WORDS) return false;
  if (!endsLikeSentence(next) || wordCount(next) > WRAP_TAIL_MAX_WORDS) return false;
  return !isTagList(line) && uiScore(line) === 0 && furnitureReason(next) === null && !isByline(next);
}

/**
 * A link to another article inside the body: a read-more label of any language ("Xem thêm:",
 * "Also read:") or an arrow, then a colon or arrow, then the other article's headline.
 */
const READ_MORE_LINK = new RegExp(`^(?:${wordAlternation(LANGUAGES.flatMap((l) => l.readMoreLabels))}|>>|»)\\s*[:>»]`, 'iu');

/** A line of nothing but Markdown image marks and table bars: "![]() |", "![Ảnh](https://…)". */
const IMAGE_MARKS_ONLY = /^(?:!\[[^\]]{0,300}\]\([^)\s]{0,2000}\)[\s|]*)+$/u;

/**
 * A paragraph's end: a sentence's, or a colon that opens what follows ("… disclosed the gist of
 * the meeting as follows:"). A site's header line of that length with a colon is not prose.
 */
function endsLikeParagraph(t: string): boolean {
  return endsLikeSentence(t) || t.trimEnd().endsWith(':');
}

function headReason(t: string): string {
  if (uiScore(t) >= 2) return 'site header (login/subscription/hotline) before the title';
  if (isDateStamp(t)) return 'date/time stamp before the title';
  if (!endsLikeSentence(t) && (wordCount(t) <= 6 || capitalRatio(t) >= 0.4)) return 'navigation menu before the title';
  return 'site header before the title';
}

function furnitureReason(t: string): string | null {
  if (isPlayerWidget(t)) return 'audio/video player';
  if (isDateStamp(t)) return 'date/time stamp';
  if (isPhotoPlaceholder(t)) return 'photo placeholder';
  if (isTagList(t)) return 'tag list';
  // Prompts addressed to the reader about the site; a long sentence needs more evidence than a
  // short button label, since "đăng ký", "thanh toán" are also ordinary words in news prose.
  const ui = uiEvidence(t);
  const sentence = isProse(t) && t.length >= 80;
  if (ui.strong ? ui.score >= (sentence ? 4 : 2) : !sentence && ui.score >= 2 && t.length < 60) {
    return 'login/payment/subscription/comment prompt';
  }
  if (READ_MORE_LINK.test(t)) return 'read-more link';
  // The colon first (`trimEnd` takes exactly what `\s*$` would): most lines lack it, and the word
  // test is a scan of the whole line.
  if (t.trimEnd().endsWith(':') && wordCount(t) <= 12 && /(?:^|\s)(?:hình ảnh|ảnh|video|clip|photo)\b/iu.test(t)) {
    return 'photo gallery heading';
  }
  return null;
}

/** Footer markers: tag lists, site prompts and teaser boxes. */
function isFooterMarker(t: string): boolean {
  return isTagList(t) || uiScore(t) >= 2 || isRelatedHeading(t);
}

/**
 * Clean one article's text (the header line already removed).
 *
 *   cleanArticle('Menu\nTin tức\nThủ tướng tiếp Đại sứ Nhật Bản\nSáng 3/4, Thủ tướng tiếp … .')
 *   // → { title: 'Thủ tướng tiếp Đại sứ Nhật Bản', paragraphs: [{ text: 'Sáng 3/4, …', line: 4 }], … }
 */
export function cleanArticle(text: string): CleanedArticle {
  const raw = text.split('\n');
  const all: Line[] = raw.map((t, i) => ({ line: i + 1, text: withoutCellBar(withoutShortcodes(t.normalize('NFC')).replace(/\s+/gu, ' ').trim()) }));
  // A line that held only image marks is empty now; the line after it is under a photo.
  let photoBefore = false;
  for (const l of all) {
    const source = raw[l.line - 1]!.trim();
    if (l.text !== '') {
      if (photoBefore) l.underPhoto = true;
      photoBefore = false;
    } else if (source !== '') photoBefore = IMAGE_MARKS_ONLY.test(source);
  }
  // After the marks: a joined line is a copy, and keeps its first line's.
  const lines = joinWrappedLines(all.filter((l) => l.text !== ''));
  const removed: RemovedLine[] = [];
  if (lines.length === 0) return { title: '', titleLine: 0, paragraphs: [], removed };

  // 1. The title: the first headline-like line followed, across a small gap of furniture, by prose.
  let titleIdx = -1;
  let bodyIdx = -1;
  for (let i = 0; i < lines.length && titleIdx < 0; i++) {
    const cand = lines[i];
    if (!cand || !isHeadlineLike(cand.text)) continue;
    let j = i + 1;
    let gap = 0;
    while (j < lines.length && gap <= MAX_TITLE_GAP && (gapReason(lines[j]?.text ?? '') !== null || captionUnderPhoto(lines, j, i))) {
      j++;
      gap++;
    }
    const next = lines[j];
    if (next && gap <= MAX_TITLE_GAP && isLeadProse(stripSourcePrefix(next.text))) {
      titleIdx = i;
      bodyIdx = j;
    } else if (next && gap === 0 && standfirstPoints(lines, j, cand.text) > 0) {
      // "Japan's PM Kishida and US President Biden have first in-person meeting" / "- Kishida and
      // Biden agreed to …" / "- He also met …" / lead: a headline, then its standfirst as points
      // of a list, then the lead. The points are the article's first paragraphs.
      titleIdx = i;
      bodyIdx = j;
    } else if (next && gap === 0 && isStandfirst(cand.text, next.text) && isLeadProse(stripSourcePrefix(lines[j + 1]?.text ?? ''))) {
      // "PM call with Prime Minister Albanese of Australia" / "The Prime Minister spoke to the
      // Australian Prime Minister, Anthony Albanese, this morning" / lead: a headline, then a
      // standfirst (a sentence with no stop, longer than the headline), then the lead. The
      // standfirst is the article's first paragraph.
      titleIdx = i;
      bodyIdx = j;
    }
  }
  // Whether a headline was found with its lead after it: else the page's order is its own.
  const paired = titleIdx >= 0;
  if (titleIdx < 0) {
    // No headline-then-prose pair: take the first headline-like line, else the first line.
    titleIdx = Math.max(0, lines.findIndex((l) => isHeadlineLike(l.text)));
    bodyIdx = titleIdx + 1;
  }
  const titleLineObj = lines[titleIdx] as Line;
  // A page copied from its lead (no headline first) opens with the article's first sentences: a
  // line of prose before the chosen title is the article's, not the site's header. With no
  // headline followed by its lead anywhere (a mirror that stored the story's opening, cut off, and
  // its own note after it: "… have 311 words, post on … This is cached page …"), prose of a lead's
  // length is the article's though its last sentence was cut.
  const leadBeforeTitle: Line[] = [];
  for (let i = 0; i < titleIdx; i++) {
    const l = lines[i] as Line;
    if (isLeadProse(stripSourcePrefix(l.text)) && l.text.length >= LEAD_BEFORE_TITLE_MIN && (endsLikeParagraph(l.text) || !paired)) leadBeforeTitle.push(l);
    else removed.push({ line: l.line, reason: headReason(l.text) });
  }
  // Photo captions under the headline that tell a meeting (the lead may point back to it: "At the
  // phone call, …") are the story's, read as captions; the rest of the gap is furniture.
  const captionsInGap: Line[] = [];
  for (let i = titleIdx + 1; i < bodyIdx; i++) {
    const l = lines[i] as Line;
    const reason = gapReason(l.text) ?? (captionUnderPhoto(lines, i, titleIdx) ? 'photo caption' : null);
    if (reason === 'photo caption' && captionTellsMeeting(l.text, l.underPhoto === true)) captionsInGap.push(l);
    else removed.push({ line: l.line, reason: `${reason ?? 'furniture'} between the title and the lead` });
  }
  // A caption used as the headline (seed 001, 004) keeps its words, not its photo credit.
  const captionTitle = stripPhotoCredit(titleLineObj.text);
  const title = captionTitle !== null ? captionTitle.replace(/[.]$/u, '') : titleLineObj.text;

  // 2. The body, line by line.
  interface Kept extends CleanParagraph {
    prose: boolean;
    footer: boolean;
  }
  const kept: Kept[] = [];
  const seen = new Map<string, number>();
  seen.set(key(title), titleLineObj.line);
  seen.set(key(titleLineObj.text), titleLineObj.line);
  const footerAt: number[] = []; // indices into `kept`-order positions where footer markers were seen
  const drop = (l: Line, reason: string): void => {
    removed.push({ line: l.line, reason });
  };

  const bodyLines = [...leadBeforeTitle, ...captionsInGap, ...lines.slice(bodyIdx)];
  for (let i = 0; i < bodyLines.length; i++) {
    const l = bodyLines[i] as Line;
    const t = l.text;

    if (isRelatedHeading(t)) {
      footerAt.push(kept.length);
      drop(l, 'related-articles heading');
      i = consumeTeasers(bodyLines, i + 1, drop) - 1;
      continue;
    }
    const furniture = furnitureReason(t);
    if (furniture) {
      if (isFooterMarker(t)) footerAt.push(kept.length);
      drop(l, furniture);
      continue;
    }
    const caption = stripPhotoCredit(t);
    const body = caption ?? t;
    const k = key(body);
    const first = seen.get(k) ?? seen.get(key(t));
    if (first !== undefined) {
      drop(l, first === titleLineObj.line ? 'repeats the title' : `repeated ${caption !== null ? 'photo caption' : 'paragraph'} (first at line ${first})`);
      continue;
    }
    if (caption !== null && wordCount(caption) < 6) {
      drop(l, 'photo caption');
      continue;
    }
    seen.set(k, l.line);
    seen.set(key(t), l.line);
    const paragraph = kept.length === 0 ? stripSourcePrefix(body) : body;
    kept.push({ text: paragraph, line: l.line, prose: isProse(paragraph), footer: false });
  }

  // 3. The end of the article: the earliest footer marker after which the few prose paragraphs
  // left are themselves followed by another footer marker (comments, teasers between footer
  // blocks). A teaser box in mid-article is followed by the article's own prose and no footer.
  let end = kept.length;
  const lastFooter = footerAt.at(-1) ?? -1;
  for (const at of footerAt) {
    const after = kept.slice(at);
    const proseAfter = after.filter((p) => p.prose).length;
    const proseBefore = kept.slice(0, at).filter((p) => p.prose).length;
    let lastProseAfter = -1;
    after.forEach((p, i) => {
      if (p.prose) lastProseAfter = at + i;
    });
    const closed = proseAfter === 0 || lastFooter > lastProseAfter;
    if (proseBefore > 0 && proseAfter <= MAX_PROSE_AFTER_FOOTER && closed) {
      end = at;
      break;
    }
  }
  // Past the last prose paragraph only bylines, credits and footer lines remain.
  let lastProse = -1;
  for (let i = 0; i < end; i++) if (kept[i]?.prose) lastProse = i;
  const paragraphs: CleanParagraph[] = [];
  kept.forEach((p, i) => {
    if (i >= end) removed.push({ line: p.line, reason: 'after the article body (footer, comments)' });
    else if (lastProse >= 0 && i > lastProse) {
      removed.push({ line: p.line, reason: isByline(p.text) ? 'byline' : 'after the article body (not prose)' });
    } else paragraphs.push({ text: p.text, line: p.line });
  });

  removed.sort((a, b) => a.line - b.line);
  return { title, titleLine: titleLineObj.line, paragraphs, removed };
}

/**
 * Consume a teaser box after a "Tin liên quan" heading: headlines (no final stop), each optionally
 * followed by a one-sentence summary. Returns the index of the first line that is not a teaser.
 * Two sentences of prose in a row, or a multi-sentence paragraph, mean the article has resumed.
 */
function consumeTeasers(lines: Line[], from: number, drop: (l: Line, reason: string) => void): number {
  let i = from;
  let afterHeadline = false;
  for (; i < lines.length; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (furnitureReason(t) !== null || isRelatedHeading(t)) break;
    const prose = isProse(stripSourcePrefix(t));
    if (!prose && isHeadlineLike(t)) {
      drop(l, 'related-articles teaser');
      afterHeadline = true;
      continue;
    }
    const oneSentence = !/[.!?]\s+\p{Lu}/u.test(stripSourcePrefix(t).replace(/[.!?…]["'”’)]*$/u, '')) && t.length <= 400;
    if (prose && afterHeadline && (oneSentence || stripSourcePrefix(t) !== t)) {
      drop(l, 'related-articles teaser');
      afterHeadline = false;
      continue;
    }
    break;
  }
  return i;
}
