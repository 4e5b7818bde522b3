import type { RecordMeeting, RecordPerson, RecordQuote } from '../lookup/record-types';
import { exportArticleOf, exportMeetingOf, exportQuoteOf } from './export-shape';
import type { CorpusExport, ExportArticle, ExportLeader } from '../model/export-types';

/** What the leader page has in view: the meetings and quotes its filter keeps, and the people they name. */
export interface RecordView {
  leaderId: string;
  meetings: readonly RecordMeeting[];
  quotes: readonly RecordQuote[];
  /** Everyone the items name, by id (the record's `people`, merged over every page of quotes). */
  people: Readonly<Record<string, RecordPerson>>;
}

/**
 * The meetings and quotes in view on the leader page as a piece of the corpus export
 * (`npm run corpus -- export`, src/model/export-types.ts): the same fields, so a tool that reads
 * the export reads this file. `leaders` holds the page's leader and everyone the items name,
 * `articles` every article they come from; `unknown` and `skipped` are empty (they describe a
 * corpus build, not a view).
 *
 * @example
 * const file = recordExport({ leaderId: 'to-lam', meetings, quotes, people });
 * file.meetings.map((m) => m.id); // the meetings in view, in the page's order
 */
export function recordExport(view: RecordView): CorpusExport {
  const meetings = view.meetings.map(exportMeetingOf);
  const quotes = view.quotes.map(exportQuoteOf);
  const people = new Set<string>([view.leaderId]);
  const articles = new Map<string, ExportArticle>();
  for (const meeting of view.meetings) {
    meeting.participants.forEach((id) => people.add(id));
    for (const source of meeting.sources) if (!articles.has(source.articleId)) articles.set(source.articleId, exportArticleOf(source));
  }
  for (const quote of view.quotes) {
    quote.speakers.forEach((speaker) => people.add(speaker.id));
    if (!articles.has(quote.source.articleId)) articles.set(quote.source.articleId, exportArticleOf(quote.source));
  }
  return {
    leaders: [...people].flatMap((id): ExportLeader[] => {
      const person = Object.hasOwn(view.people, id) ? view.people[id] : undefined;
      if (!person) return [];
      const { name, country, aliases, origin, title } = person;
      return [{ id, name, country, aliases: [...aliases], origin, ...(title === undefined ? {} : { title }) }];
    }),
    articles: [...articles.values()],
    meetings,
    quotes,
    unknown: [],
    skipped: [],
  };
}

/** The export as the file's text: UTF-8 JSON, indented, ending in a newline. */
export function recordExportText(view: RecordView): string {
  return `${JSON.stringify(recordExport(view), null, 2)}\n`;
}
