/**
 * How a second save of the same article is recognised: by its address, or by its text.
 */

/** Query parameters that track a click, not choose an article (`?utm_source=…`, `fbclid`). */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+|_ga)$/i;

/**
 * The address as duplicates are found by: no scheme (`http:` and `https:` serve one article), no
 * `www.`, no `#fragment`, no tracking parameters, no trailing slash; null for something that is no
 * web address. `https://www.vnexpress.net/a.html?utm_source=fb#top` and
 * `http://vnexpress.net/a.html` are the same article.
 *
 * @example
 * urlKey('https://www.vnexpress.net/a.html?utm_source=fb#top'); // 'vnexpress.net/a.html'
 */
export function urlKey(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name));
  const search = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const host = parsed.host.replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${search}`;
}

/**
 * A hash of an article's text (after its header) as the CLI finds duplicate files
 * (read-articles.ts, `contentKey`): NFC, white space and letter case do not make a new article.
 * SHA-256 from the platform (`crypto.subtle`, in the worker and in Node alike), hex.
 *
 * @example
 * await contentKey('Tổng Bí thư\n hội đàm') === await contentKey('tổng bí thư hội đàm'); // true
 */
export async function contentKey(text: string): Promise<string> {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(norm));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A saved article's id from its content key: `saved-` and 16 hex digits. Also its file's name in an
 * export (`saved-….txt`), which the CLI turns back into the same id.
 */
export function savedArticleId(key: string): string {
  return `saved-${key.slice(0, 16)}`;
}
