import type { UiLanguage } from '../../i18n/messages';
import type { LeaderRecord } from '../../lookup/record-types';
import type { RecordFilter } from '../../lookup/record-filter';
import type { ReaderTarget } from '../reader/reader-url';
import type { LeaderPageTarget } from './leader-url';

/** One `get-leader-record` request: whose record, narrowed how, which page of quotes. */
export interface RecordRequest {
  leaderId: string;
  filter: RecordFilter;
  quotes?: { offset?: number; limit?: number };
  meetings?: { offset?: number; limit?: number };
}

/**
 * Everything the leader page needs from the browser and the background, passed in: the
 * components run in happy-dom with stand-ins, and `start-leader-page.tsx` is the one place that
 * wires the real extension (as the popup's `PopupServices`).
 */
export interface LeaderPageServices {
  lang: UiLanguage;
  /** The background's `get-leader-record` (`recordFor`); null for a leader the index does not know. */
  loadRecord(request: RecordRequest): Promise<LeaderRecord | null>;
  /** Offers a file to save (a Blob URL: an extension page needs no `downloads` permission). */
  download(text: string, fileName: string, type: string): void;
  /** The reader page's address at a source's evidence sentence. */
  readerHref(target: ReaderTarget): string;
  /** Another leader page's address (a participant's record, the pair view). */
  pageHref(target: LeaderPageTarget): string;
  /** Today as `YYYY-MM-DD`, for bars of offices still held and the export's file name. */
  today(): string;
}
