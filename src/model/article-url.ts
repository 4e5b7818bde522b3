/**
 * An article's original address (the ` url` header line of an article file, `articles[].url` in
 * the export): what is accepted, and why anything else is not. Shared by the build, which reads the
 * header (src/corpus/read-header.ts), and the lookup, which hands the address to the card, the
 * popup and the reader page (src/lookup/original-link.ts): one rule, both sides.
 *
 * Only an absolute `http:` or `https:` address is accepted: the card shows it as a link in a web
 * page, where a `javascript:` or `data:` address would run or show whatever the corpus file says.
 */

/** The longest address accepted, in UTF-16 code units, as written and once normalised. */
export const MAX_ARTICLE_URL_CHARS = 2000;

/** `ok`: the address as the WHATWG URL parser serialises it; otherwise why it was refused. */
export type ArticleUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks one written address with the WHATWG `URL` parser (the browser's own), and gives it back
 * normalised (`https://VnExpress.net` → `https://vnexpress.net/`) or with the reason it is refused.
 *
 * @example
 * checkArticleUrl('https://vnexpress.net/a-1.html'); // { ok: true, url: 'https://vnexpress.net/a-1.html' }
 * checkArticleUrl('javascript:alert(1)');            // { ok: false, reason: '… only http: and https: …' }
 */
export function checkArticleUrl(text: string): ArticleUrlCheck {
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  if (text.length > MAX_ARTICLE_URL_CHARS) {
    return { ok: false, reason: `the address ${shown} is ${text.length} characters long, over the ${MAX_ARTICLE_URL_CHARS}-character limit` };
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, reason: isRelative(text) ? `the address ${shown} is relative; give the whole address, starting "https://"` : `the address ${shown} is not a valid URL` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: `the address ${shown} uses "${parsed.protocol}"; only http: and https: addresses are accepted` };
  }
  if (parsed.href.length > MAX_ARTICLE_URL_CHARS) {
    return { ok: false, reason: `the address ${shown} is ${parsed.href.length} characters long once normalised, over the ${MAX_ARTICLE_URL_CHARS}-character limit` };
  }
  return { ok: true, url: parsed.href };
}

/** True when `text` is an address only against a base ("/tin/a.html", "a.html", "//host/a"). */
function isRelative(text: string): boolean {
  try {
    new URL(text, 'https://base.invalid/');
    return true;
  } catch {
    return false;
  }
}
