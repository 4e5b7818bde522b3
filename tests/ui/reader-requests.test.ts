import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../src/messages/background-handlers';
import { parseRequest } from '../../src/messages/receive-requests';
import { loadFixtureIndex, PUTIN_URL } from '../index-data/fixture-build';
import { wholeIndexLookups } from '../../src/index-data/whole-index-lookups';

// The two requests the card and the reader page added to the protocol.
describe('get-article', () => {
  const handlers = createBackgroundHandlers(async () => wholeIndexLookups(loadFixtureIndex()));

  it('answers title, date, the link to the original and paragraphs of an article, without file line numbers', async () => {
    expect(await handlers['get-article']({ type: 'get-article', articleId: 'a-putin' })).toEqual({
      id: 'a-putin',
      title: 'Tô Lâm thăm Nga',
      date: '2025-05-09',
      dateInferred: false,
      original: { url: PUTIN_URL, site: 'vnexpress.net' },
      paragraphs: [{ text: 'Tổng Bí thư Tô Lâm thăm chính thức Liên bang Nga.' }],
    });
  });

  it('gives no link to the original for an article without an address, or with one that is not http(s)', async () => {
    expect(await handlers['get-article']({ type: 'get-article', articleId: 'a-laos' })).not.toHaveProperty('original');
    const index = loadFixtureIndex();
    index.articles['a-putin']!.url = 'javascript:alert(1)';
    const forged = createBackgroundHandlers(async () => wholeIndexLookups(index));
    expect(await forged['get-article']({ type: 'get-article', articleId: 'a-putin' })).not.toHaveProperty('original');
  });

  it('answers null for an unknown id', async () => {
    expect(await handlers['get-article']({ type: 'get-article', articleId: 'nope' })).toBeNull();
  });

  it('refuses a request without an article id', () => {
    expect(parseRequest({ type: 'get-article' }, () => {})).toBeNull();
    expect(parseRequest({ type: 'get-article', articleId: '' }, () => {})).toBeNull();
  });
});

describe('open-reader', () => {
  it('opens the reader page at the evidence sentence in a new tab', async () => {
    const opened: string[] = [];
    const handlers = createBackgroundHandlers(async () => wholeIndexLookups(loadFixtureIndex()), async (url) => opened.push(url));
    expect(await handlers['open-reader']({ type: 'open-reader', articleId: 'a-laos', evidence: 'Chiều 8/11, hội đàm.', lang: 'vi', gesture: 'gesture-0123456789abcdef' })).toBe(true);
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]!);
    expect(url.pathname).toBe('/reader.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ article: 'a-laos', evidence: 'Chiều 8/11, hội đàm.', lang: 'vi' });
  });

  it('opens one tab per gesture token, however often it is sent', async () => {
    const opened: string[] = [];
    const handlers = createBackgroundHandlers(async () => wholeIndexLookups(loadFixtureIndex()), async (url) => opened.push(url));
    const request = { type: 'open-reader', articleId: 'a-laos', evidence: 'x', gesture: 'gesture-0123456789abcdef' } as const;
    const answers = await Promise.all(Array.from({ length: 50 }, () => handlers['open-reader'](request)));
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(opened).toHaveLength(1);
  });

  it('refuses a request without a gesture token', () => {
    expect(parseRequest({ type: 'open-reader', articleId: 'a', evidence: 'e' }, () => {})).toBeNull();
    expect(parseRequest({ type: 'open-reader', articleId: 'a', evidence: 'e', gesture: 'short' }, () => {})).toBeNull();
  });

  it('refuses a language it does not know', () => {
    expect(parseRequest({ type: 'open-reader', articleId: 'a', evidence: 'e', lang: 'fr' }, () => {})).toBeNull();
  });
});
