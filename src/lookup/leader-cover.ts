import type { LeaderForms, LeaderPhraseTable } from './leader-forms';
import type { KindIndex } from './search-index';
import type { WordMatch } from './search-word';

/**
 * Words that join a title to its country ("Prime Minister of Laos", "Thủ tướng của Lào") and may
 * stand between two runs without being part of either: the registry writes "President of France"
 * for some countries and not for others, and a reader writes it for any.
 */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'cua']);

/**
 * Whether a (folded) query word is a connector: glue between a title and a country. Meetings and
 * quotes are not searched for it either — folded, English "the" is Vietnamese "thế"/"thể", found
 * in half the quotes.
 *
 * @example
 * isConnector('of');  // true
 * isConnector('lao'); // false
 */
export function isConnector(word: string): boolean {
  return CONNECTORS.has(word);
}

/** The names field of the leaders' index (see `buildSearchIndex`). */
const NAME = 0;

/**
 * How a query covers one leader, phrase by phrase. The query's words are cut into runs, each run
 * one of the leader's phrases:
 * - a **name run**: consecutive words that are all words of ONE name form, in any order ("jinping
 *   xi", "thanh man"); it is *whole* when it has every word of that form ("Tô Lâm", the short form
 *   "Lâm", "Xi"). A cover has one name run at most: "phú" of one form and "Trọng" of another, or
 *   "Thongloun" and the "Xi" of "Xi-xu-lít", are not one name;
 * - a **title or place run**: consecutive words of one whole title or country form, in order
 *   ("tổng bí thư", "general secretary", "lào"); at the end of the query, where the reader is
 *   still typing, also the first words of one ("chủ tịch" of "Chủ tịch nước").
 * A connector ("of", "the", "của") before a run may belong to none ("the president", "president
 * of laos"); the last word never is one, it may be a name being typed.
 * A word counts as its gain in the leaders' index (field weight × match quality × rarity), read
 * from its {@link WordMatch}, so prefixes and typos are exactly what `matchWord` allowed.
 *
 * @example
 * const cover = coverLeader(forms, searchIndex.leaders, matches);
 * cover.complete;     // every word is in a run: the leader is a result
 * cover.references;   // per word, what meetings and quotes of this leader gain from it
 */
export interface LeaderCover {
  /** Every query word lies in one of the leader's runs: the query names (or titles) this leader. */
  complete: boolean;
  /** Of the complete covers, the best: whole name runs first, then the sum of the words' gains. */
  wholeNames: number;
  score: number;
  /**
   * Per query word, its gain where it lies in a *whole* run (a whole name form or a whole title or
   * country), 0 elsewhere; the runs need not cover the query ("tô lâm hội đàm": the first two).
   * A meeting or quote gains this through the leader taking part in it: "Nguyễn" alone, or "văn"
   * out of "Chánh Văn phòng", refers to nobody, so it finds no one's meetings.
   */
  references: Float32Array;
}

/**
 * Words [from, to) of the query as (part of) one phrase: the sum of their gains, whether they are
 * the whole phrase, whether it is a name. `gains` (each word's gain) is kept for whole runs only:
 * only they refer meetings and quotes to the leader.
 */
export interface Run {
  from: number;
  to: number;
  score: number;
  whole: boolean;
  name: boolean;
  gains: number[] | null;
}

/**
 * The runs of the query in the shared title and country phrases ({@link LeaderPhraseTable}), handed
 * to the leaders who hold each phrase: per leader number, the runs of all their titles and
 * countries (undefined for a leader with none). Worked out once per phrase and query, however many
 * leaders share it (every president shares "President"). A title or country run is consecutive
 * words of the phrase from its first word, in order; it must be the whole phrase unless it ends
 * the query, where the reader is still typing ("chủ tịch" of "Chủ tịch nước"); inside the query a
 * broken-off title is a stray word ("tổng bí" + "thư" as a name's prefix).
 *
 * @example
 * const byLeader = phraseRuns(searchIndex.leaderPhrases, searchIndex.leaders, matches);
 * byLeader[searchIndex.leaders.ids.indexOf('to-lam')]; // runs of "tổng bí thư", "president", …
 */
export function phraseRuns(table: LeaderPhraseTable, kind: KindIndex, matches: readonly WordMatch[]): (Run[] | undefined)[] {
  const byLeader: (Run[] | undefined)[] = new Array(table.leaders.length);
  const n = matches.length;
  table.phrases.forEach((form, phrase) => {
    const field = table.fields[phrase]!;
    const runs: Run[] = [];
    for (let from = 0; from < n; from++) {
      let score = 0;
      for (let k = 0; k < form.length && from + k < n; k++) {
        const gain = gainOf(kind, matches[from + k]!, form[k]!, field);
        if (gain === 0) break;
        score += gain;
        const whole = k + 1 === form.length;
        if (whole || from + k + 1 === n) runs.push({ from, to: from + k + 1, score, whole, name: false, gains: whole ? wordGains(kind, matches, form, from, field) : null });
      }
    }
    if (runs.length === 0) return;
    for (const leader of table.holders[phrase]!) {
      const list = (byLeader[leader] ??= []);
      for (const run of runs) list.push(run);
    }
  });
  return byLeader;
}

/**
 * Covers the query (one {@link WordMatch} per word, against the leaders' index) with the phrases of
 * one leader. Linear in the leader's forms times the query's length; a leader with no form matching
 * any word costs one pass over its forms.
 *
 * @example
 * const matches = ['tran', 'thanh', 'man'].map((w) => matchWord(searchIndex.leaders, w, false, null));
 * const byLeader = phraseRuns(searchIndex.leaderPhrases, searchIndex.leaders, matches);
 * coverLeader(searchIndex.leaderPhrases.leaders[n]!, searchIndex.leaders, matches, byLeader[n]).complete; // true only for Trần Thanh Mẫn
 */
export function coverLeader(forms: LeaderForms, kind: KindIndex, matches: readonly WordMatch[], phraseRunsOfLeader: readonly Run[] = []): LeaderCover {
  const runs = leaderRuns(forms, kind, matches, phraseRunsOfLeader);
  const n = matches.length;
  if (runs.length === 0) return { complete: false, wholeNames: 0, score: 0, references: new Float32Array(n) };
  // Complete covers: best[named × (n + 1) + i] = the best way to cover words [0, i) with runs,
  // `named` = 1 once a name run is used (one name run at most: all name words in ONE form), or
  // null. One flat array and no closure: this runs for every leader a word touches, a thousand
  // per keystroke (and a build that keeps function names, as tsx does, wraps each closure made).
  const best: (Partial | null)[] = new Array<Partial | null>(2 * (n + 1)).fill(null);
  const width = n + 1;
  best[0] = { wholeNames: 0, score: 0 };
  // References: the best-scoring set of non-overlapping whole runs, words between them uncovered.
  const refScore = new Float64Array(n + 1);
  const refRun: (Run | null)[] = new Array<Run | null>(n + 1).fill(null);
  if (runs.length > 1) runs.sort(byStart);
  let r = 0;
  for (let i = 0; i <= n; i++) {
    // A word no whole run covers can be skipped for references.
    if (i > 0 && refScore[i - 1]! > refScore[i]!) {
      refScore[i] = refScore[i - 1]!;
      refRun[i] = null;
    }
    if (i === n) break;
    // Not the last word: that one may be a name being typed ("the" → "Theresa").
    if (i < n - 1 && CONNECTORS.has(matches[i]!.word)) {
      for (let named = 0; named < 2; named++) {
        const from = best[named * width + i];
        const to = best[named * width + i + 1];
        if (from && (!to || better(from, to))) best[named * width + i + 1] = from;
      }
    }
    for (; r < runs.length && runs[r]!.from === i; r++) {
      const run = runs[r]!;
      for (let named = 0; named < 2; named++) {
        const from = best[named * width + i];
        if (!from || (run.name && named === 1)) continue;
        const next = { wholeNames: from.wholeNames + (run.name && run.whole ? 1 : 0), score: from.score + run.score };
        const slot = (run.name ? 1 : named) * width + run.to;
        const there = best[slot];
        if (!there || better(next, there)) best[slot] = next;
      }
      if (run.whole && refScore[i]! + run.score > refScore[run.to]!) {
        refScore[run.to] = refScore[i]! + run.score;
        refRun[run.to] = run;
      }
    }
  }
  const references = new Float32Array(n);
  for (let i = n; i > 0; ) {
    const run = refRun[i];
    if (!run) {
      i--;
      continue;
    }
    for (let w = run.from; w < run.to; w++) references[w] = run.gains![w - run.from]!;
    i = run.from;
  }
  const plain = best[n] ?? null;
  const named = best[width + n] ?? null;
  const done = !plain ? named : !named ? plain : better(named, plain) ? named : plain;
  return { complete: done !== null, wholeNames: done?.wholeNames ?? 0, score: done?.score ?? 0, references };
}

const byStart = (a: Run, b: Run) => a.from - b.from;

/** A cover of the first words of the query (see {@link coverLeader}). */
type Partial = { wholeNames: number; score: number };

/** Whole name runs first, then score. */
function better(a: { wholeNames: number; score: number }, b: { wholeNames: number; score: number }): boolean {
  return a.wholeNames > b.wholeNames || (a.wholeNames === b.wholeNames && a.score > b.score);
}

/** Every run of the leader's phrases in the query (see {@link LeaderCover}). */
function leaderRuns(forms: LeaderForms, kind: KindIndex, matches: readonly WordMatch[], phraseRunsOfLeader: readonly Run[]): Run[] {
  const runs: Run[] = [];
  const n = matches.length;
  // Each word's gain per name word, picked in order: kept here, copied out for whole runs only.
  const gains: number[] = [];
  for (const form of forms.names) {
    for (let from = 0; from < n; from++) {
      // Each query word takes the unused word of the form it matches best (greedy: names are short
      // and their words rarely alike, so a better assignment that greedy misses is not worth a search).
      let used = 0;
      let score = 0;
      let taken = 0;
      gains.length = 0;
      for (let to = from; to < n; to++) {
        let pick = -1;
        let pickGain = 0;
        for (let k = 0; k < form.length; k++) {
          if (used & (1 << k)) continue;
          const gain = gainOf(kind, matches[to]!, form[k]!, NAME);
          if (gain > pickGain) [pick, pickGain] = [k, gain];
        }
        if (pick < 0) break;
        used |= 1 << pick;
        taken++;
        score += pickGain;
        gains.push(pickGain);
        const whole = taken === form.length;
        runs.push({ from, to: to + 1, score, whole, name: true, gains: whole ? gains.slice() : null });
      }
    }
  }
  for (const run of phraseRunsOfLeader) runs.push(run);
  return runs;
}

/** The gain of each word of a whole run of `form` starting at query word `from`. */
function wordGains(kind: KindIndex, matches: readonly WordMatch[], form: Uint32Array, from: number, field: number): number[] {
  return Array.from(form, (term, k) => gainOf(kind, matches[from + k]!, term, field));
}

function gainOf(kind: KindIndex, match: WordMatch, term: number, field: number): number {
  return match.gains[term * kind.boosts.length + field]!;
}
