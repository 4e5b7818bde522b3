import type { ExportArticle, ExportMeeting, ExportQuote } from '../model/export-types';
import type { ArticleFacts, RecordMeeting, RecordQuote } from '../lookup/record-types';
import type { CardSource } from '../lookup/card';

/**
 * A meeting of the record in the corpus export's shape (`npm run corpus -- export`): the same
 * fields, optional ones only where the corpus has them. For the page's JSON and CSV export.
 */
export function exportMeetingOf(meeting: RecordMeeting): ExportMeeting {
  return {
    id: meeting.id,
    participants: [...meeting.participants],
    date: meeting.date,
    dateInferred: meeting.dateInferred,
    place: meeting.place,
    kind: meeting.kind,
    sources: meeting.sources.map(({ articleId, status, evidence }) => ({ articleId, status, evidence })),
    ...(meeting.dateEnd === null ? {} : { dateEnd: meeting.dateEnd }),
    ...(meeting.date === null && meeting.approxDate !== null ? { approxDate: meeting.approxDate } : {}),
    ...(meeting.unnamed.length === 0 ? {} : { others: [...meeting.unnamed] }),
  };
}

/** A quote of the record in the corpus export's shape (see `exportMeetingOf`). */
export function exportQuoteOf(quote: RecordQuote): ExportQuote {
  return {
    id: quote.id,
    speakers: quote.speakers.map((speaker) => speaker.id),
    text: quote.text,
    kind: quote.kind,
    articleId: quote.source.articleId,
    meetingId: quote.meetingId,
    date: quote.date,
    evidence: quote.source.evidence,
  };
}

/** The article of a source in the corpus export's shape. */
export function exportArticleOf(source: Omit<CardSource, 'status'> & ArticleFacts): ExportArticle {
  return {
    id: source.articleId,
    file: source.articleFile,
    title: source.articleTitle,
    date: source.articleDate,
    dateInferred: source.articleDateInferred,
    ...(source.original ? { url: source.original.url } : {}),
  };
}

