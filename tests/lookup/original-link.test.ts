import { describe, expect, test } from 'vitest';
import { originalLink } from '../../src/lookup/original-link';

describe('originalLink', () => {
  test.each([
    ['https://vnexpress.net/a-1.html', { url: 'https://vnexpress.net/a-1.html', site: 'vnexpress.net' }],
    ['https://www.VnExpress.net/a-1.html', { url: 'https://www.vnexpress.net/a-1.html', site: 'vnexpress.net' }],
    ['http://127.0.0.1:8080/tin.html', { url: 'http://127.0.0.1:8080/tin.html', site: '127.0.0.1' }],
    ['https://báo.vn/tin', { url: 'https://xn--bo-mia.vn/tin', site: 'xn--bo-mia.vn' }],
  ])('links %s to its site', (url, expected) => {
    expect(originalLink(url)).toEqual(expected);
  });

  test.each([[undefined], ['javascript:alert(1)'], ['data:text/html,x'], ['/tin/a.html'], [`https://a.vn/${'a'.repeat(2000)}`]])(
    'gives no link for %s',
    (url) => {
      expect(originalLink(url)).toBeNull();
    },
  );
});
