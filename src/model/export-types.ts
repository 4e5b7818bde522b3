/**
 * The shape of `npm run corpus -- export`: a contract that tools outside this code rely on
 * (../shared/DESIGN.md, "corpus export JSON"). Extend it, never change a field.
 */

import type { MeetingKind, QuoteKind } from './kinds';

export type { MeetingKind, QuoteKind };

export interface ExportLeader {
  id: string;
  name: string;
  country: string;
  /** Every name form of the leader: full forms in every script, diacritic-free and short forms. */
  aliases: string[];
  /** `registry`: from corpus/leaders.json; `corpus`: an office-holder the registry lacks, found in the articles. */
  origin: 'registry' | 'corpus';
  /** For origin `corpus`: the title as the articles write it. */
  title?: string;
}

export interface ExportArticle {
  id: string;
  /** The file's name inside `articles/`. */
  file: string;
  title: string;
  /** Publication date where the article gives one, else the date of the events it reports. */
  date: string | null;
  dateInferred: boolean;
  /** The original article's address (http: or https:), where the file gives one; absent otherwise. */
  url?: string;
}

export interface MeetingSource {
  articleId: string;
  /** `reported`: the article tells of the meeting as news; `referenced`: it only recalls it. */
  status: 'reported' | 'referenced';
  /** The sentence, as written in the article. */
  evidence: string;
}

export interface ExportMeeting {
  id: string;
  /** Leader ids. */
  participants: string[];
  date: string | null;
  dateInferred: boolean;
  place: string | null;
  kind: MeetingKind;
  sources: MeetingSource[];
  /** Extension: the last day of a meeting told over several days ("từ ngày 1 đến 2/12"). */
  dateEnd?: string;
  /** Extension: `YYYY-MM` or `YYYY` when the text gives only that ("tháng 6/2024"); `date` stays null. */
  approxDate?: string;
  /** Extension: participants the registry does not know, as written ("Hun Manet"). */
  others?: string[];
}

export interface ExportQuote {
  id: string;
  /** Leader ids. */
  speakers: string[];
  text: string;
  kind: QuoteKind;
  articleId: string;
  meetingId: string | null;
  date: string | null;
  evidence: string;
}

export interface ExportUnknown {
  name: string;
  title: string;
  articleId: string;
  evidence: string;
}

export interface ExportSkipped {
  file: string;
  reason: string;
}

export interface CorpusExport {
  leaders: ExportLeader[];
  articles: ExportArticle[];
  meetings: ExportMeeting[];
  quotes: ExportQuote[];
  unknown: ExportUnknown[];
  skipped: ExportSkipped[];
}
