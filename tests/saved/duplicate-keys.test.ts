import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentKey, savedArticleId, urlKey } from '../../src/saved/duplicate-keys';

describe('urlKey', () => {
  it.each([
    ['https://www.vnexpress.net/a.html?utm_source=fb&utm_medium=x#top', 'vnexpress.net/a.html'],
    ['http://vnexpress.net/a.html', 'vnexpress.net/a.html'],
    ['https://vnexpress.net/a/', 'vnexpress.net/a'],
    ['https://vnexpress.net/a.html?id=3&fbclid=x', 'vnexpress.net/a.html?id=3'],
    ['https://VnExpress.net:8443/a', 'vnexpress.net:8443/a'],
  ])('%s is the article %s', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });

  it('keeps what chooses an article apart', () => {
    expect(urlKey('https://a.example/x?id=1')).not.toBe(urlKey('https://a.example/x?id=2'));
  });

  it('is null for no address or one that is no web address', () => {
    expect(urlKey(null)).toBeNull();
    expect(urlKey('file:///home/a.html')).toBeNull();
    expect(urlKey('nonsense')).toBeNull();
  });
});

describe('contentKey', () => {
  it("is the CLI's content key (readArticles): SHA-256 of the text, NFC, spaces and case aside", async () => {
    const text = 'Tổng Bí thư\n  Tô Lâm hội đàm';
    const cli = createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
    expect(await contentKey(text)).toBe(cli);
    expect(await contentKey('TỔNG BÍ THƯ TÔ LÂM HỘI ĐÀM')).toBe(cli);
    expect(await contentKey('Tổng Bí thư Tô Lâm hội đàm.')).not.toBe(cli);
  });
});

describe('savedArticleId', () => {
  it('is "saved-" and the first 16 hex digits, a name the CLI keeps as the id', () => {
    expect(savedArticleId('0123456789abcdef0123')).toBe('saved-0123456789abcdef');
  });
});
