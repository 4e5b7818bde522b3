import type { CorpusBuild } from '../corpus/build-corpus';
import type { LoadedNameTable } from '../names/name-table';
import { formatSkipped } from './diagnostics';

/** One row of `corpus stats`. */
export interface ArticleStats {
  file: string;
  date: string | null;
  dateInferred: boolean;
  /** The language the build read the article in ("vi", "en"). */
  language: string;
  /** Leader ids the article names in full or takes part in its meetings and quotes, in id order. */
  leaders: string[];
  meetings: number;
  /** Of `meetings`, those the article only recalls. */
  referenced: number;
  quotes: number;
}

/**
 * The figures per article. Leaders are those the shared matcher finds by a full name in the cleaned
 * text, plus those the pipeline attributed a meeting or quote to (a bare title such as "Tổng Bí thư"
 * names no one until attribution resolves it).
 */
export function articleStats(build: CorpusBuild, names: LoadedNameTable): ArticleStats[] {
  return build.articles.map((article) => {
    const leaders = new Set<string>();
    for (const { text } of article.paragraphs) {
      for (const match of names.matcher.find(text)) {
        const meaning = names.meanings[match.id];
        if (meaning?.kind === 'leader') leaders.add(meaning.leaderId);
      }
    }
    let meetings = 0;
    let referenced = 0;
    for (const meeting of build.data.meetings) {
      const source = meeting.sources.find((s) => s.articleId === article.id);
      if (!source) continue;
      meetings++;
      if (source.status === 'referenced') referenced++;
      meeting.participants.forEach((id) => leaders.add(id));
    }
    const quotes = build.data.quotes.filter((q) => q.articleId === article.id);
    quotes.forEach((q) => q.speakers.forEach((id) => leaders.add(id)));
    return {
      file: article.file,
      date: article.date,
      dateInferred: article.dateInferred,
      language: article.language,
      leaders: [...leaders].sort(),
      meetings,
      referenced,
      quotes: quotes.length,
    };
  });
}

/**
 * `corpus stats` as text: a table (an inferred date is marked `~`), then the office-holders missing
 * from the registry and the skipped files.
 *
 * @example
 * formatStats(build, names);
 * // file          date         lang  meetings  quotes  leaders
 * // 000_8d….txt   2024-11-08   vi    3 (1 ref) 7       thongloun-sisoulith, to-lam
 */
export function formatStats(build: CorpusBuild, names: LoadedNameTable): string {
  const rows = articleStats(build, names).map((s) => [
    s.file,
    s.date === null ? '—' : s.dateInferred ? `~${s.date}` : s.date,
    s.language,
    s.referenced > 0 ? `${s.meetings} (${s.referenced} ref)` : String(s.meetings),
    String(s.quotes),
    s.leaders.join(', ') || '—',
  ]);
  const lines = table(['file', 'date', 'lang', 'meetings', 'quotes', 'leaders'], rows);
  lines.push(
    '',
    `${build.articles.length} article(s), ${build.data.meetings.length} meeting(s), ${build.data.quotes.length} quote(s); ~ marks an inferred date`,
  );
  const fileOf = new Map(build.articles.map((a) => [a.id, a.file]));
  lines.push('', build.data.unknown.length === 0 ? 'unknown office-holders: none' : `unknown office-holders (${build.data.unknown.length}):`);
  for (const u of build.data.unknown) {
    lines.push(`  ${u.title} ${u.name} (${fileOf.get(u.articleId) ?? u.articleId}): ${u.evidence}`);
  }
  lines.push('', ...(build.data.skipped.length === 0 ? ['skipped: none'] : formatSkipped(build.data.skipped)));
  return lines.join('\n');
}

/** Left-aligned columns; the last column is not padded, so long leader lists do not widen the rest. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? header[i]!.length : w))), ...rows.map(line)];
}
