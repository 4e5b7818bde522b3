import { describe, expect, it } from 'vitest';
import { siteOfUrl, unscannableReason } from '../../src/popup/site-of-url';

describe('siteOfUrl', () => {
  it.each([
    ['https://vnexpress.net/the-gioi/abc.html', 'vnexpress.net'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['https://WWW.BBC.com/', 'www.bbc.com'],
  ])('%s → %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });

  it.each(['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'not a url', '', undefined, null])('has no site for %j', (url) => {
    expect(siteOfUrl(url)).toBeNull();
  });
});

describe('unscannableReason', () => {
  it.each(['chrome://newtab/', 'edge://settings', 'about:blank', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/', undefined])(
    'calls %j a browser page (no reload helps)',
    (url) => {
      expect(unscannableReason(url)).toBe('browser-page');
    },
  );

  it('calls an ordinary site a page (it blocks scripts, or needs a reload)', () => {
    expect(unscannableReason('https://example.com/news')).toBe('page');
  });
});
