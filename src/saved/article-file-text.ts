import { checkArticleUrl } from '../model/article-url';

/** An article as the reader's page gave it (src/saved/page-article.ts), before the engine reads it. */
export interface PageArticle {
  title: string;
  /** The article's paragraphs in order, as the reader sees them (no markup). */
  paragraphs: string[];
  /** The page's address (the tab's). */
  url: string;
  /** The site's own name where the page gives one (`og:site_name`), else null. */
  siteName: string | null;
  /** The publication date from the page's metadata, `YYYY-MM-DD`, or null. */
  published: string | null;
  /** The page's declared language (`<html lang>`), or null. */
  lang: string | null;
}

/**
 * The article as a corpus file: exactly the text a `corpus/articles/*.txt` file holds, so the
 * engine reads a saved article as the CLI reads a file, and an export is a corpus as it stands.
 * Header lines first (src/corpus/read-header.ts): ` date YYYY-MM-DD` when the page gives its
 * publication date, ` url …` when its address is one the corpus accepts (http or https, at most
 * 2,000 characters: src/model/article-url.ts); then the title on a line of its own and one
 * paragraph per line. Line breaks inside a paragraph become spaces (a line is a paragraph to the
 * cleaner), and empty paragraphs are dropped.
 *
 * @example
 * articleFileText({ title: 'Tổng Bí thư hội đàm', paragraphs: ['Chiều 8/11, …'], url: 'https://vnexpress.net/a.html', published: '2024-11-08', siteName: null, lang: 'vi' });
 * // ' date 2024-11-08\n url https://vnexpress.net/a.html\nTổng Bí thư hội đàm\nChiều 8/11, …\n'
 */
export function articleFileText(article: Pick<PageArticle, 'title' | 'paragraphs' | 'url' | 'published'>): string {
  const header: string[] = [];
  if (article.published !== null && /^\d{4}-\d{2}-\d{2}$/.test(article.published)) header.push(` date ${article.published}`);
  const url = checkArticleUrl(article.url);
  if (url.ok) header.push(` url ${url.url}`);
  const body = [article.title, ...article.paragraphs].map(oneLine).filter((line) => line !== '');
  return `${[...header, ...body].join('\n')}\n`;
}

/** A paragraph on one line: every run of white space (line breaks too) one space, NFC. */
function oneLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
