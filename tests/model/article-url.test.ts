import { describe, expect, it, test } from 'vitest';
import { checkArticleUrl, MAX_ARTICLE_URL_CHARS } from '../../src/model/article-url';

describe('checkArticleUrl', () => {
  test.each([
    ['https://vnexpress.net/a-1.html', 'https://vnexpress.net/a-1.html'],
    ['http://baochinhphu.vn/a.htm?id=1#p2', 'http://baochinhphu.vn/a.htm?id=1#p2'],
    ['HTTPS://VnExpress.NET', 'https://vnexpress.net/'],
    ['https://báo.vn/tin', 'https://xn--bo-mia.vn/tin'],
  ])('accepts %s as %s', (text, url) => {
    expect(checkArticleUrl(text)).toEqual({ ok: true, url });
  });

  test.each([
    ['javascript:alert(1)', /uses "javascript:"/],
    ['mailto:a@b.vn', /uses "mailto:"/],
    ['chrome-extension://abc/reader.html', /uses "chrome-extension:"/],
    ['/tin/a.html', /is relative/],
    ['//vnexpress.net/a.html', /is relative/],
    ['https://exa mple.com/', /is not a valid URL/],
    ['http://', /is not a valid URL/],
  ])('refuses %s', (text, reason) => {
    const r = checkArticleUrl(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(reason);
  });

  it('accepts an address of exactly the limit and refuses one a character longer', () => {
    const base = 'https://vnexpress.net/';
    const atLimit = base + 'a'.repeat(MAX_ARTICLE_URL_CHARS - base.length);
    expect(checkArticleUrl(atLimit)).toEqual({ ok: true, url: atLimit });
    expect(checkArticleUrl(`${atLimit}a`)).toMatchObject({ ok: false, reason: expect.stringMatching(/2001 characters long/) });
  });

  it('quotes a long refused address shortened, not whole', () => {
    const r = checkArticleUrl(`javascript:${'x'.repeat(500)}`);
    expect(r.ok ? '' : r.reason.length).toBeLessThan(200);
  });
});
