import { browser } from 'wxt/browser';
import type { UiLanguage } from '../../i18n/messages';

/** Where a source opens: an article of the corpus, the sentence to highlight, the interface language. */
export interface ReaderTarget {
  articleId: string;
  evidence: string;
  lang?: UiLanguage;
}

/**
 * The reader page's address for `target`:
 * `chrome-extension://<id>/reader.html?article=…&evidence=…[&lang=…]`. The language travels with
 * the link so the reader page speaks the card's language without reading settings itself.
 *
 * @example
 * readerUrl({ articleId: '002-556d5bdfab724e9e', evidence: 'Chiều 17/2, …' });
 */
export function readerUrl(target: ReaderTarget, base: string = browser.runtime.getURL('/reader.html')): string {
  const params = new URLSearchParams({ article: target.articleId, evidence: target.evidence });
  if (target.lang) params.set('lang', target.lang);
  return `${base}?${params.toString()}`;
}

/** Reads a reader page address back; missing parts are null (the page then says what is missing). */
export function parseReaderUrl(search: string): { articleId: string | null; evidence: string | null; lang: UiLanguage | null } {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return {
    articleId: params.get('article') || null,
    evidence: params.get('evidence') || null,
    lang: lang === 'vi' || lang === 'en' ? lang : null,
  };
}
