import type { MeetingKind } from './export-types';

/**
 * Words that tell of a meeting, with its kind (DESIGN.md: hội đàm → talks, hội đàm trực tuyến →
 * online_talks, điện đàm → phone_call, hội kiến → courtesy_call, tiếp → reception, cuộc gặp cấp
 * cao → summit, thăm → visit, anything else → other). Order matters: longer, more specific first.
 */
const KIND_WORDS: [MeetingKind, RegExp][] = [
  ['online_talks', /hội đàm trực tuyến|hội đàm qua (?:hình thức )?(?:trực tuyến|video|cầu truyền hình)|(?:online|virtual) talks/iu],
  ['phone_call', /điện đàm|phone (?:call|talks|conversation)|telephone (?:call|conversation)|spoke (?:by|over the) phone|phoned/iu],
  ['talks', /hội đàm|held talks|talks/iu],
  ['courtesy_call', /hội kiến|courtesy (?:call|meeting)|paid a courtesy/iu],
  ['summit', /(?:cuộc )?gặp (?:gỡ )?cấp cao|hội nghị cấp cao|hội nghị thượng đỉnh|summit/iu],
  ['visit', /(?:chuyến |sang |đến |tới )?thăm(?! hỏi| viếng| quan| dò| khám| nom| thẳm)|(?:state|official|working) visit|visit(?:ed|ing|s)?/iu],
  // "tiếp" receives someone only when a person or delegation follows; "tiếp tục", "tiếp xúc" are other words.
  ['reception', /tiếp|received|hosted/iu],
  ['other', /gặp gỡ|gặp mặt|cuộc gặp|gặp(?! nhau| khó| phải| nạn| sự cố)|\bmet\b|meeting/iu],
];

const ANY = new RegExp(
  KIND_WORDS.map(([, re]) => `(${re.source})`).join('|'),
  'giu',
);

// "tiếp" receives someone only when a person or delegation follows, written with a capital or an
// honorific; "tiếp tục", "tiếp xúc", "tiếp đón" are other words. Case-sensitive on purpose.
const RECEIVED_FOLLOWS = /^ (?:đồng chí|ông|bà|ngài|đoàn|Đoàn|Đại sứ|\p{Lu})/u;

export interface KindHit {
  kind: MeetingKind;
  start: number;
  end: number;
}

/**
 * Meeting words in `sentence` outside the `skip` ranges (quotations), leftmost-longest.
 *
 * @example findMeetingWords('X hội đàm trực tuyến với Y', [])[0].kind // 'online_talks'
 */
export function findMeetingWords(sentence: string, skip: readonly [number, number][]): KindHit[] {
  const hits: KindHit[] = [];
  for (const m of sentence.matchAll(ANY)) {
    const start = m.index;
    if (skip.some(([a, b]) => start >= a && start < b)) continue;
    // Word boundaries by hand: \b does not know Vietnamese letters.
    const before = sentence[start - 1] ?? ' ';
    const after = sentence[start + m[0].length] ?? ' ';
    if (/[\p{L}\p{M}]/u.test(before) || /[\p{L}\p{M}]/u.test(after)) continue;
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const kind = KIND_WORDS[group]?.[0];
    if (!kind) continue;
    const end = start + m[0].length;
    if (kind === 'reception' && m[0].toLowerCase() === 'tiếp' && !RECEIVED_FOLLOWS.test(sentence.slice(end))) continue;
    hits.push({ kind, start, end });
  }
  return hits;
}

const SPECIFICITY: Record<MeetingKind, number> = {
  other: 0, talks: 1, visit: 1, summit: 1, reception: 1, courtesy_call: 1, online_talks: 2, phone_call: 2,
};

/** Two words for one meeting: the same kind, a vague "gặp", or talks told as online talks. */
export function kindsCompatible(a: MeetingKind, b: MeetingKind): boolean {
  if (a === b || a === 'other' || b === 'other') return true;
  const pair = new Set([a, b]);
  return pair.has('talks') && (pair.has('online_talks') || pair.has('phone_call'));
}

/** The more specific of two compatible kinds. */
export function moreSpecificKind(a: MeetingKind, b: MeetingKind): MeetingKind {
  return SPECIFICITY[b] > SPECIFICITY[a] ? b : a;
}
