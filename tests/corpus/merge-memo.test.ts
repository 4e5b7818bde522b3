import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOf2025, seededDraws, TOLD_KINDS, TOLD_PEOPLE } from './told-fixture';
import type { ArticleMeeting, MeetingWhen } from '../../src/corpus/analyse-article';
import { MeetingMerge, mergeMeetings, type MergedMeeting, type SourcedMeeting } from '../../src/corpus/merge-meetings';
import { MergeMemo, type ToldArticle } from '../../src/corpus/merge-memo';

/** Articles telling meetings of a few people over a few weeks: dated, multi-day, month-only, undated and long spans. */
function toldArticles(count: number, seed: number): ToldArticle[] {
  const next = seededDraws(seed);
  const [people, kinds, iso] = [TOLD_PEOPLE, TOLD_KINDS, dayOf2025];
  const dated = (date: string, dateEnd: string | null = null): MeetingWhen => ({ date, dateEnd, approx: null, inferred: next(5) === 0 });
  return Array.from({ length: count }, (_, a) => {
    const meetings: ArticleMeeting[] = Array.from({ length: next(4) }, (_, index) => {
      const first = next(40);
      const shape = next(10);
      const when: MeetingWhen =
        shape < 6 ? dated(iso(first)) :
        shape < 8 ? dated(iso(first), iso(first + 1 + next(3))) :
        shape === 8 ? { date: null, dateEnd: null, approx: iso(first).slice(0, 7), inferred: false } :
        { date: null, dateEnd: null, approx: null, inferred: false };
      const participants = [...new Set(Array.from({ length: 1 + next(3) }, () => people[next(people.length)]!))];
      return { kind: kinds[next(kinds.length)]!, participants, host: [], others: next(4) === 0 ? ['Hun Sen'] : [], when, place: next(3) === 0 ? 'Hà Nội' : null, status: 'reported', evidence: `a${a} telling ${index}`, line: 1 + index };
    });
    return { id: `a${a}`, date: next(10) === 0 ? null : iso(next(40)), facts: `facts-of-a${a}`, meetings };
  });
}

/** Every telling of the articles in file order, as the merge stage hands them to the meeting merge. */
function tellings(articles: readonly ToldArticle[]): SourcedMeeting[] {
  return articles.flatMap((a) => a.meetings.map((meeting, index) => ({ articleId: a.id, articleDate: a.date, index, meeting })));
}

/** What corpus-merge.ts does with a memo: resume where it can, merge the rest, remember, save. */
function mergeWith(file: string, articles: readonly ToldArticle[], key = 'registry'): { merged: MergedMeeting[]; resumed: number } {
  const memo = MergeMemo.load(file, key);
  const resumed = memo.resume(articles);
  const merge = resumed?.merge ?? new MeetingMerge();
  for (const item of tellings(articles.slice(resumed?.from ?? 0))) merge.add(item);
  memo.remember(articles, merge.meetings);
  memo.save();
  return { merged: merge.meetings, resumed: memo.resumed };
}

const memoFile = () => join(mkdtempSync(join(tmpdir(), 'leaderlens-merge-memo-')), 'merge-memo', 'folder.json');

describe('MergeMemo', () => {
  it.each([1, 2, 3])('resumes the last merge when articles are added after its last one: the meetings of a merge of every telling (seed %i)', (seed) => {
    const articles = toldArticles(600, seed);
    const file = memoFile();
    expect(mergeWith(file, articles.slice(0, 500)).resumed).toBe(0);
    const added = mergeWith(file, articles.slice(0, 501));
    expect(added.resumed).toBe(500);
    expect(JSON.stringify(added.merged)).toBe(JSON.stringify(mergeMeetings(tellings(articles.slice(0, 501)))));
    const more = mergeWith(file, articles);
    expect(more.resumed).toBe(501);
    expect(JSON.stringify(more.merged)).toBe(JSON.stringify(mergeMeetings(tellings(articles))));
  });

  it('gives every article back when nothing changed, and then does not write the memo again', () => {
    const articles = toldArticles(200, 4);
    const file = memoFile();
    mergeWith(file, articles);
    const written = statSync(file).mtimeMs;
    const bytes = readFileSync(file);
    const again = mergeWith(file, articles);
    expect(again.resumed).toBe(200);
    expect(JSON.stringify(again.merged)).toBe(JSON.stringify(mergeMeetings(tellings(articles))));
    expect(statSync(file).mtimeMs).toBe(written);
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('merges every telling again when an article before the last one was changed, removed or added, or under another key', () => {
    const articles = toldArticles(300, 5);
    const file = memoFile();
    const cases: [string, ToldArticle[], string?][] = [
      ['changed', articles.map((a, i) => (i === 100 ? { ...a, facts: 'another reading' } : a))],
      ['removed', articles.filter((_, i) => i !== 100)],
      ['removed at the end', articles.slice(0, 299)],
      ['added before the last', [...articles.slice(0, 100), { id: 'new', date: null, facts: 'new', meetings: articles[0]!.meetings }, ...articles.slice(100)]],
      ['another registry', articles, 'another registry'],
    ];
    for (const [what, changed, key] of cases) {
      mergeWith(file, articles);
      const after = mergeWith(file, changed, key);
      expect(after.resumed, what).toBe(0);
      expect(JSON.stringify(after.merged), what).toBe(JSON.stringify(mergeMeetings(tellings(changed))));
    }
  });

  it('is not used when damaged, cut short, of another version, or when its meetings do not account for every telling once', () => {
    const articles = toldArticles(300, 6);
    const file = memoFile();
    const expected = JSON.stringify(mergeMeetings(tellings(articles)));
    const written = () => {
      mergeWith(file, articles.slice(0, 299));
      return readFileSync(file, 'utf8');
    };
    const [header, sum, body] = written().split('\n') as [string, string, string];
    const stored = JSON.parse(body) as { articles: unknown[]; meetings: [string, string[], string[], MeetingWhen, string | null, number[]][] };
    const withBody = (b: unknown) => {
      const text = JSON.stringify(b);
      return `${header}\n${sha256(text)}\n${text}`;
    };
    const twoSources = stored.meetings.findIndex((m) => m[5].length >= 4);
    expect(twoSources).toBeGreaterThanOrEqual(0);
    const damaged: [string, string][] = [
      ['an edited body', `${header}\n${sum}\n${body.replace('"talks"', '"visit"')}`],
      ['a body cut short', `${header}\n${sum}\n${body.slice(0, body.length - 10)}`],
      ['another version', `${header.replace('"version":"', '"version":"x')}\n${sum}\n${body}`],
      ['not JSON', `${header}\n${sha256('{"articles":')}\n{"articles":`],
      ['a telling left out', withBody({ ...stored, meetings: stored.meetings.map((m, i) => (i === twoSources ? [...m.slice(0, 5), m[5].slice(0, 2)] : m)) })],
      ['a telling twice', withBody({ ...stored, meetings: stored.meetings.map((m, i) => (i === twoSources ? [...m.slice(0, 5), [...m[5].slice(0, 2), ...m[5].slice(0, 2)]] : m)) })],
      ['meetings out of order', withBody({ ...stored, meetings: [...stored.meetings].reverse() })],
      ['a telling past its article', withBody({ ...stored, meetings: stored.meetings.map((m, i) => (i === 0 ? [...m.slice(0, 5), [m[5][0], 99]] : m)) })],
      ['a field of another type', withBody({ ...stored, meetings: stored.meetings.map((m, i) => (i === 0 ? [m[0], 'to-lam', ...m.slice(2)] : m)) })],
    ];
    for (const [what, text] of damaged) {
      written();
      writeFileSync(file, text);
      const after = mergeWith(file, articles);
      expect(after.resumed, what).toBe(0);
      expect(JSON.stringify(after.merged), what).toBe(expected);
    }
    // Each of those builds wrote the memo afresh: the next one resumes again.
    expect(mergeWith(file, articles).resumed).toBe(300);
  });

  it('remembers nothing without a file', () => {
    const articles = toldArticles(50, 7);
    const memo = MergeMemo.load(null, 'registry');
    expect(memo.resume(articles)).toBeNull();
    memo.remember(articles, mergeMeetings(tellings(articles)));
    memo.save();
    expect(MergeMemo.load(null, 'registry').resume(articles)).toBeNull();
  });
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
