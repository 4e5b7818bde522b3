import { Readability } from '@mozilla/readability';
import { isoDayOf, pageDate } from '../page/page-date';
import type { PageArticle } from './article-file-text';

/** What reader mode found on a page: the article, or why there is none. */
export type PageExtraction = { ok: true; article: PageArticle; ms: number } | { ok: false; reason: string };

/**
 * Less text than this is no article (a front page's teaser, a video page, a login wall): a
 * saved "article" of one sentence would tell the engine nothing and clutter the reader's corpus.
 */
export const MIN_ARTICLE_CHARS = 200;

/** Elements whose text is a paragraph of the article (the innermost ones, so a quote's `<p>` counts once). */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th';

/**
 * Takes the article out of a page with Mozilla's Readability (Firefox's reader mode), on a copy of
 * the document so the page itself is left as it was: title, paragraphs in order, the site's name,
 * the publication date from the page's metadata (the same reading as the card's "prior" date,
 * src/page/page-date.ts, then Readability's own), and the declared language. Runs in the page's
 * isolated world when the reader asks to save (entrypoints/save-article.ts, injected then, never
 * with the content script): Readability is 80 KB the pages do not carry otherwise.
 *
 * @example
 * extractPageArticle(document, location.href);
 * // { ok: true, article: { title: 'Tổng Bí thư …', paragraphs: ['Chiều 8/11, …', …], published: '2024-11-08', … } }
 */
export function extractPageArticle(doc: Document, url: string): PageExtraction {
  const started = performance.now();
  const copy = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  } catch (error) {
    return { ok: false, reason: `reader mode failed on this page: ${error instanceof Error ? error.message : String(error)}` };
  }
  const content = parsed?.content;
  const paragraphs = content ? paragraphsOf(content) : [];
  const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (!parsed || chars < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: `reader mode found no article on this page (${chars} characters of article text, at least ${MIN_ARTICLE_CHARS} needed)` };
  }
  const title = (parsed.title ?? '').replace(/\s+/g, ' ').trim() || doc.title.trim();
  // A headline repeated as the first paragraph (many sites put the <h1> inside the article) is said once.
  if (paragraphs[0] !== undefined && paragraphs[0] === title) paragraphs.shift();
  const siteName = (parsed.siteName ?? '').trim();
  const lang = (doc.documentElement.getAttribute('lang') ?? parsed.lang ?? '').trim();
  return {
    ok: true,
    article: {
      title,
      paragraphs,
      url,
      siteName: siteName === '' ? null : siteName,
      published: pageDate(doc) ?? isoDayOf(parsed.publishedTime ?? null),
      lang: lang === '' ? null : lang,
    },
    ms: performance.now() - started,
  };
}

/**
 * The article's paragraphs in document order: the text of each innermost block (a `<p>`, a heading,
 * a list item, a caption), white space collapsed; loose text outside any block (Readability keeps
 * some `<div>`s of text) as paragraphs of its own.
 */
export function paragraphsOf(root: Node): string[] {
  const element = root as Element;
  if (typeof element.querySelectorAll !== 'function') return splitText(root.textContent ?? '');
  const blocks = [...element.querySelectorAll(BLOCKS)].filter((el) => el.querySelector(BLOCKS) === null);
  if (blocks.length === 0) return splitText(root.textContent ?? '');
  const out: string[] = [];
  for (const block of blocks) {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') out.push(text);
  }
  return out;
}

function splitText(text: string): string[] {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}
