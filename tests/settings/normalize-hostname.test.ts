import { describe, expect, it } from 'vitest';
import { normalizeHostname } from '../../src/settings/normalize-hostname';

describe('normalizeHostname', () => {
  it.each([
    ['vnexpress.net', 'vnexpress.net'],
    ['  VnExpress.NET ', 'vnexpress.net'],
    ['www.vnexpress.net', 'vnexpress.net'],
    ['https://www.vnexpress.net/thoi-su?x=1', 'vnexpress.net'],
    ['e.vnexpress.net', 'e.vnexpress.net'],
    ['vnexpress.net.', 'vnexpress.net'],
    ['vnexpress.net:8080', 'vnexpress.net'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['báo.vn', 'xn--bo-mia.vn'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a site', 'https://', 'file:///home/x.html', 'x'.repeat(300) + '.com'])('names no site: %j', (input) => {
    expect(normalizeHostname(input)).toBeNull();
  });
});
