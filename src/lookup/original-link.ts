import { checkArticleUrl } from '../model/article-url';
import { normalizeHostname } from '../settings/normalize-hostname';

/** A link to the original of a corpus article, on its own site. */
export interface OriginalLink {
  /** The address, `http:` or `https:` (the ` url` header line of the article file). */
  url: string;
  /** The site to name on the link ("vnexpress.net"): the host, lower case, without `www.`. */
  site: string;
}

/**
 * The link to an article's original for the card, the popup and the reader page, or null when the
 * article has no address. The address was checked when the index was built; it is checked again
 * here because the card puts it in a web page's `href`, where anything but http(s) must never go,
 * and an index is a file like any other. The site is worked out here, in the background, so the
 * content script carries no URL code of its own.
 *
 * @example
 * originalLink('https://www.vnexpress.net/a-1.html'); // { url: 'https://www.vnexpress.net/a-1.html', site: 'vnexpress.net' }
 * originalLink('javascript:alert(1)');                // null
 */
export function originalLink(url: string | undefined): OriginalLink | null {
  if (url === undefined) return null;
  const checked = checkArticleUrl(url);
  if (!checked.ok) return null;
  const site = normalizeHostname(checked.url);
  return site === null ? null : { url: checked.url, site };
}
