// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageArticle, MIN_ARTICLE_CHARS, paragraphsOf } from '../../src/saved/page-article';
import { EN_ARTICLE, NOT_AN_ARTICLE, VI_ARTICLE } from '../e2e/saved-pages';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractPageArticle', () => {
  it('takes the article out of a news page: title, paragraphs in order, date, site, language', () => {
    const doc = page(VI_ARTICLE);
    const result = extractPageArticle(doc, 'https://tintuc.example/a.html');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe('Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence Wong');
    expect(article.paragraphs.find((p) => p.startsWith('Chiều 9/4'))).toContain('Lawrence Wong');
    expect(article.paragraphs.indexOf(article.paragraphs.find((p) => p.startsWith('Chiều 9/4'))!)).toBeLessThan(article.paragraphs.indexOf(article.paragraphs.find((p) => p.startsWith('Tại hội đàm'))!));
    // Menus, related links and the footer stay behind; the headline is not said twice.
    expect(article.paragraphs.join(' ')).not.toMatch(/Trang chủ|Giá vàng|Giấy phép/);
    expect(article.paragraphs).not.toContain(article.title);
    expect(article).toMatchObject({ url: 'https://tintuc.example/a.html', published: '2025-04-10', siteName: 'Tin Tức Thử', lang: 'vi' });
  });

  it('reads an English page the same way', () => {
    const result = extractPageArticle(page(EN_ARTICLE), 'https://news.example/b.html');
    expect(result.ok && result.article).toMatchObject({ lang: 'en', published: '2025-05-21' });
    expect(result.ok && result.article.paragraphs.some((p) => p.startsWith('On May 20, President Luong Cuong held talks'))).toBe(true);
  });

  it('leaves the page itself as it was (reader mode works on a copy)', () => {
    const doc = page(VI_ARTICLE);
    const before = doc.documentElement.outerHTML;
    extractPageArticle(doc, 'https://tintuc.example/a.html');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says why when reader mode finds no article', () => {
    const result = extractPageArticle(page(NOT_AN_ARTICLE), 'https://tintuc.example/login');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(new RegExp(`^reader mode found no article on this page \\(\\d+ characters of article text, at least ${MIN_ARTICLE_CHARS} needed\\)$`)) });
  });
});

describe('paragraphsOf', () => {
  it('gives the innermost blocks, each once, white space collapsed', () => {
    const root = page('<div><p>Một   đoạn</p><blockquote><p>Trích dẫn</p></blockquote><ul><li>Ý một</li></ul><h2>Tiêu đề</h2></div>').body;
    expect(paragraphsOf(root)).toEqual(['Một đoạn', 'Trích dẫn', 'Ý một', 'Tiêu đề']);
  });

  it('splits loose text by lines where there are no blocks', () => {
    expect(paragraphsOf(page('<div>Dòng một\nDòng hai</div>').body)).toEqual(['Dòng một', 'Dòng hai']);
  });
});
