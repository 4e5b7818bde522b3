// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isoDayOf, pageDate } from '../../src/page/page-date';

function docWith(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('pageDate', () => {
  it('reads article:published_time first, as written (not moved to UTC)', () => {
    const doc = docWith('<meta property="article:published_time" content="2023-02-17T01:00:00+07:00">', '<time datetime="2020-01-01">x</time>');
    expect(pageDate(doc)).toBe('2023-02-17');
  });

  it('reads JSON-LD datePublished, also inside @graph, and skips broken JSON-LD', () => {
    const doc = docWith(
      '<script type="application/ld+json">{broken</script><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"datePublished":"2024-11-08T19:28:00+07:00"}]}</script>',
    );
    expect(pageDate(doc)).toBe('2024-11-08');
  });

  it('falls back to <time datetime>, then null', () => {
    expect(pageDate(docWith('', '<time datetime="2025-12-01T10:05:00+07:00">1/12</time>'))).toBe('2025-12-01');
    expect(pageDate(docWith('', '<p>no date</p>'))).toBeNull();
  });
});

describe('isoDayOf', () => {
  it.each([
    ['2024-11-08', '2024-11-08'],
    ['2024-13-01', null],
    ['8/11/2024', null],
    [42, null],
  ])('%j → %j', (input, expected) => {
    expect(isoDayOf(input)).toBe(expected);
  });
});
