import type { MeetingKind } from '../model/export-types';
import type { OfficeTitle } from './format';

/**
 * A meeting kind in words, in both interface languages: shown on cards and indexed for search, so
 * "hội đàm" and "phone call" find meetings of that kind. The Vietnamese words are the ones
 * DESIGN.md maps to each kind.
 */
export const MEETING_KIND_WORDS: Record<MeetingKind, OfficeTitle> = {
  talks: { vi: 'hội đàm', en: 'talks' },
  online_talks: { vi: 'hội đàm trực tuyến', en: 'online talks' },
  phone_call: { vi: 'điện đàm', en: 'phone call' },
  courtesy_call: { vi: 'hội kiến', en: 'courtesy call' },
  reception: { vi: 'tiếp', en: 'reception' },
  summit: { vi: 'cuộc gặp cấp cao', en: 'summit' },
  visit: { vi: 'thăm', en: 'visit' },
  other: { vi: 'gặp', en: 'meeting' },
};
