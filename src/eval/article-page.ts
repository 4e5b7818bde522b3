/**
 * A held-out article as a news page: what the extension meets on a real site, reduced to the
 * parts it reads. Built as a string for a local test server only; the text is escaped, never
 * interpreted as markup.
 */

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The article's lines that hold text: one paragraph each, in order. */
export function articleParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The page of one article: `<title>` is its first line (pages repeat their headline there, and
 * the extension must not count it: it is not in the body), `<meta property="article:published_time">`
 * carries `published` when known, and every line of text is a `<p>` of an `<article>`. An empty
 * data: icon keeps the browser from asking the server for /favicon.ico.
 *
 * @example
 * articlePage({ text: 'Headline\n\nTô Lâm met Lee.', published: '2025-01-02', language: 'vi' });
 * // '<!doctype html><html lang="vi"><head>…<title>Headline</title>…<p>Tô Lâm met Lee.</p>…'
 */
export function articlePage(article: { text: string; published: string | null; language: string }): string {
  const paragraphs = articleParagraphs(article.text);
  const title = paragraphs[0] ?? '';
  const meta = article.published === null ? '' : `<meta property="article:published_time" content="${escapeHtml(article.published)}">`;
  return [
    // The icon link stops Chromium asking the test server for /favicon.ico, whose 404 would be a
    // console error that is not the extension's.
    `<!doctype html><html lang="${escapeHtml(article.language)}"><head><meta charset="utf-8"><link rel="icon" href="data:,">`,
    `<title>${escapeHtml(title)}</title>${meta}</head>`,
    '<body><article>',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article></body></html>',
  ].join('\n');
}
