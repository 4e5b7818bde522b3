import { browser } from 'wxt/browser';
import type { UiLanguage } from '../../i18n/messages';

/** What a leader page shows: whose record, the pair, the day to mark, the interface language. */
export interface LeaderPageTarget {
  /** The leader's id (`leader.html?id=`). */
  id: string;
  /** A counterpart's id: the pair view (`&with=`). */
  with?: string;
  /** The day to mark on the timeline (`&date=`): the page the card was opened on. */
  date?: string;
  /** The interface language (`&lang=`), so a page opened from a card speaks the card's language. */
  lang?: UiLanguage;
}

/**
 * The leader page's address for `target` (DESIGN.md, "A leader's page"):
 * `leader.html?id=<id>[&with=<id>][&date=YYYY-MM-DD][&lang=vi|en]`. `base` defaults to the
 * extension's own `leader.html`; the extension's pages link with the relative `leader.html`.
 *
 * @example
 * leaderPageUrl({ id: 'to-lam', with: 'vladimir-putin' }, 'leader.html'); // 'leader.html?id=to-lam&with=vladimir-putin'
 */
export function leaderPageUrl(target: LeaderPageTarget, base: string = browser.runtime.getURL('/leader.html')): string {
  const params = new URLSearchParams({ id: target.id });
  if (target.with) params.set('with', target.with);
  if (target.date) params.set('date', target.date);
  if (target.lang) params.set('lang', target.lang);
  return `${base}?${params.toString()}`;
}

/**
 * Reads a leader page's address back. A missing id is null (the page says so); a date that is not
 * `YYYY-MM-DD`, a `with` equal to the id and an unknown language are dropped rather than trusted.
 *
 * @example
 * parseLeaderPageUrl('?id=to-lam&date=2025-05-09'); // { id: 'to-lam', with: null, date: '2025-05-09', lang: null }
 */
export function parseLeaderPageUrl(search: string): { id: string | null; with: string | null; date: string | null; lang: UiLanguage | null } {
  const params = new URLSearchParams(search);
  const id = params.get('id') || null;
  const other = params.get('with') || null;
  const date = params.get('date');
  const lang = params.get('lang');
  return {
    id,
    with: other !== null && other !== id ? other : null,
    date: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    lang: lang === 'vi' || lang === 'en' ? lang : null,
  };
}
