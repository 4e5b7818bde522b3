import { describe, expect, it } from 'vitest';
import { parseReaderUrl, readerUrl } from '../../../src/ui/reader/reader-url';

describe('readerUrl', () => {
  it('addresses reader.html with the article, the evidence and the language', () => {
    const url = readerUrl({ articleId: '002-x', evidence: 'Chiều 17/2, Tổng Bí thư & “bạn”?', lang: 'vi' }, 'chrome-extension://id/reader.html');
    expect(url.startsWith('chrome-extension://id/reader.html?article=002-x&evidence=')).toBe(true);
    expect(parseReaderUrl(new URL(url).search)).toEqual({ articleId: '002-x', evidence: 'Chiều 17/2, Tổng Bí thư & “bạn”?', lang: 'vi' });
  });

  it('uses the extension\'s own reader page by default', () => {
    expect(readerUrl({ articleId: 'a', evidence: 'e' })).toMatch(/\/reader\.html\?article=a&evidence=e$/);
  });
});

describe('parseReaderUrl', () => {
  it('gives null for what is missing, and ignores an unknown language', () => {
    expect(parseReaderUrl('?lang=fr')).toEqual({ articleId: null, evidence: null, lang: null });
    expect(parseReaderUrl('')).toEqual({ articleId: null, evidence: null, lang: null });
  });
});
