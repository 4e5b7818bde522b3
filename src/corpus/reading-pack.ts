/**
 * A reading's facts for the trip between threads and through the stage cache: each piece of
 * evidence (a sentence of the article) written as where it stands in the article's paragraphs,
 * and each quote's text as where it stands in its evidence, instead of as copies of the text.
 * Unpacked on the main thread, they become slices of the paragraphs it keeps for the index anyway,
 * which V8 stores as references: at 10k articles a quarter of a million quotes no longer carry
 * their sentence twice over, in the cache, in the messages and in the build's memory. Packing
 * then unpacking gives back equal strings (tests/corpus/reading-pack.test.ts); anything not
 * found where expected stays written out.
 */
import type { ArticleFacts, ArticleMeeting, ArticleQuote } from './analyse-article';
import { readParagraphs, type ArticleReading, type ArticleStageResult } from './article-stage';
import type { HeaderProblem } from './read-header';

/** A string, or [paragraph, start, end] in the paragraphs it was packed against. */
export type PackedText = string | [number, number, number];
/** A quote's text, or [start, end] in its evidence. */
export type PackedQuoteText = string | [number, number];

export interface PackedFacts {
  meetings: (Omit<ArticleMeeting, 'evidence'> & { evidence: PackedText })[];
  quotes: (Omit<ArticleQuote, 'evidence' | 'text'> & { evidence: PackedText; text: PackedQuoteText })[];
  unknown: (Omit<ArticleFacts['unknown'][number], 'evidence'> & { evidence: PackedText })[];
  leaders: string[];
}

type Paragraph = { text: string; line: number };

/**
 * `facts` with its evidence as places in `paragraphs` (the paragraphs the analysis read, with the
 * file lines the facts carry).
 */
export function packFacts(facts: ArticleFacts, paragraphs: readonly Paragraph[]): PackedFacts {
  const byLine = new Map<number, number[]>();
  paragraphs.forEach((p, i) => byLine.set(p.line, [...(byLine.get(p.line) ?? []), i]));
  const pack = (evidence: string, line: number): PackedText => {
    for (const i of byLine.get(line) ?? []) {
      const at = paragraphs[i]!.text.indexOf(evidence);
      if (at >= 0) return [i, at, at + evidence.length];
    }
    return evidence;
  };
  return {
    meetings: facts.meetings.map((m) => ({ ...m, evidence: pack(m.evidence, m.line) })),
    quotes: facts.quotes.map((q) => {
      const at = q.evidence.indexOf(q.text);
      return { ...q, evidence: pack(q.evidence, q.line), text: at >= 0 ? [at, at + q.text.length] : q.text };
    }),
    unknown: facts.unknown.map((u) => ({ ...u, evidence: pack(u.evidence, u.line) })),
    leaders: facts.leaders,
  };
}

/** The facts `packFacts` packed against the same `paragraphs`, their strings slices of them. */
export function unpackFacts(packed: PackedFacts, paragraphs: readonly Paragraph[]): ArticleFacts {
  const unpack = (text: PackedText): string => {
    if (typeof text === 'string') return text;
    const [i, start, end] = text;
    const paragraph = paragraphs[i];
    if (paragraph === undefined) throw new Error(`Leaderlens corpus: packed evidence points to paragraph ${i} of ${paragraphs.length}`);
    return paragraph.text.slice(start, end);
  };
  return {
    meetings: packed.meetings.map((m) => ({ ...m, evidence: unpack(m.evidence) })),
    quotes: packed.quotes.map((q) => {
      const evidence = unpack(q.evidence);
      return { ...q, evidence, text: typeof q.text === 'string' ? q.text : evidence.slice(q.text[0], q.text[1]) };
    }),
    unknown: packed.unknown.map((u) => ({ ...u, evidence: unpack(u.evidence) })),
    leaders: packed.leaders,
  };
}

/** A reading with its facts packed against its own paragraphs (article-stage.ts, readParagraphs). */
export type PackedReading = Omit<ArticleReading, 'facts'> & { facts: PackedFacts };

/** The stage's result with its reading packed: what the cache stores and a worker sends. */
export type PackedStageResult =
  | { skip: string; headerProblems?: HeaderProblem[] }
  | { contentKey: string; headerProblems?: HeaderProblem[]; reading: PackedReading };

export function packReading(reading: ArticleReading): PackedReading {
  return { ...reading, facts: packFacts(reading.facts, readParagraphs(reading)) };
}

export function unpackReading(reading: PackedReading): ArticleReading {
  return { ...reading, facts: unpackFacts(reading.facts, readParagraphs(reading)) };
}

export function packResult(result: ArticleStageResult | { skip: string }): PackedStageResult {
  return 'reading' in result ? { ...result, reading: packReading(result.reading) } : result;
}

export function unpackResult(result: PackedStageResult): ArticleStageResult {
  return 'reading' in result ? { ...result, reading: unpackReading(result.reading) } : result;
}
