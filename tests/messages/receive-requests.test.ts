import { describe, expect, it, vi } from 'vitest';
import { answerRequest, createRequestListener, fromExtensionPage, parseRequest, type RequestHandlers } from '../../src/messages/receive-requests';
import { createBackgroundHandlers } from '../../src/messages/background-handlers';
import { loadFixtureIndex } from '../index-data/fixture-build';
import { wholeIndexLookups } from '../../src/index-data/whole-index-lookups';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';
import { CARD_WIRE_VERSION, unpackCard, type PackedCard } from '../../src/messages/card-wire';

const index = loadFixtureIndex();
const handlers: RequestHandlers = createBackgroundHandlers(async () => wholeIndexLookups(index));

describe('parseRequest', () => {
  it('returns a valid request as is', () => {
    const warn = vi.fn();
    expect(parseRequest({ type: 'search', query: 'to lam' }, warn)).toEqual({ type: 'search', query: 'to lam' });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([[{ type: 'unknown-thing' }], [{ type: 'get-card' }], ['hello'], [null], [{ noType: 1 }]])(
    'drops %j with exactly one warning',
    (message) => {
      const warn = vi.fn();
      expect(parseRequest(message, warn)).toBeNull();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/^leaderlens background: dropped message/);
    },
  );

  it('leaves page-mentions to the content script without a warning', () => {
    const warn = vi.fn();
    expect(parseRequest({ type: 'page-mentions' }, warn)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('answerRequest', () => {
  it('wraps an answer', async () => {
    expect(await answerRequest(handlers, { type: 'ping' })).toEqual({
      ok: true,
      value: { formatVersion: INDEX_FORMAT_VERSION, leaders: Object.keys(index.leaders).length, meetings: 5, quotes: 6 },
    });
  });

  it('sends a card packed, which unpacks to the handler\'s card', async () => {
    const request = { type: 'get-card' as const, leaderId: 'to-lam', pageDate: '2025-06-01', pageLeaderIds: [] as string[] };
    const answer = (await answerRequest(handlers, request)) as { ok: true; value: PackedCard };
    expect(answer.value.packed).toBe(CARD_WIRE_VERSION);
    expect(unpackCard(answer.value)).toEqual(await handlers['get-card'](request));
    expect(await answerRequest(handlers, { ...request, leaderId: 'nobody' })).toEqual({ ok: true, value: null });
  });

  it('sends a brief card packed too', async () => {
    const request = { type: 'get-brief-card' as const, leaderId: 'to-lam', pageDate: '2030-01-01', pageLeaderIds: [] as string[] };
    const answer = (await answerRequest(handlers, request)) as { ok: true; value: PackedCard };
    expect(answer.value.packed).toBe(CARD_WIRE_VERSION);
    expect(unpackCard(answer.value)).toEqual(await handlers['get-brief-card'](request));
  });

  it('turns a failure into an error the sender can read', async () => {
    const failing = createBackgroundHandlers(() => Promise.reject(new Error('leaderlens index: format version 9 is not supported')));
    expect(await answerRequest(failing, { type: 'get-matcher' })).toEqual({
      ok: false,
      error: 'leaderlens index: format version 9 is not supported',
    });
  });
});

describe('createRequestListener', () => {
  it('answers a request through sendResponse and keeps the channel open', async () => {
    const listener = createRequestListener(handlers);
    const response = new Promise((resolve) => {
      expect(listener({ type: 'get-card', leaderId: 'to-lam', pageDate: '2025-06-01', pageLeaderIds: [] }, {}, resolve)).toBe(true);
    });
    expect(await response).toMatchObject({ ok: true, value: { leader: { id: 'to-lam' } } });
  });

  it('does not answer a dropped message, so another listener may', () => {
    const sendResponse = vi.fn();
    expect(createRequestListener(handlers, () => {})({ type: 'nope' }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });
});

describe('saved-article requests from a content script', () => {
  it("are refused with a reason, and never reach their handler: a page can drive our content script, not the reader's saved articles", async () => {
    const removed = vi.fn(async () => true);
    const guarded = createRequestListener({ ...handlers, 'remove-saved': removed }, () => {});
    const response = await new Promise((resolve) => guarded({ type: 'remove-saved', id: 'saved-0123456789abcdef' }, { url: 'https://vnexpress.net/a.html' }, resolve));
    expect(response).toEqual({ ok: false, error: '"remove-saved" is answered only for the extension\'s own pages' });
    expect(removed).not.toHaveBeenCalled();
  });

  it('are answered for an extension page', async () => {
    const removed = vi.fn(async () => true);
    const guarded = createRequestListener({ ...handlers, 'remove-saved': removed });
    const response = await new Promise((resolve) => guarded({ type: 'remove-saved', id: 'saved-0123456789abcdef' }, { url: 'chrome-extension://abc/options.html' }, resolve));
    expect(response).toEqual({ ok: true, value: true });
  });

  it('leave every other request to anyone, as before', async () => {
    const response = await new Promise((resolve) => createRequestListener(handlers)({ type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: [] }, { url: 'https://vnexpress.net/a.html' }, resolve));
    expect(response).toMatchObject({ ok: true });
  });
});

describe('fromExtensionPage', () => {
  it.each([
    ['chrome-extension://abc/popup.html', true],
    ['moz-extension://6f1c/options.html', true],
    ['https://vnexpress.net/a.html', false],
    ['about:blank', false],
  ])('%s → %s', (url, expected) => {
    expect(fromExtensionPage({ url })).toBe(expected);
  });

  it('takes a sender without an address (the worker itself) as ours', () => {
    expect(fromExtensionPage({})).toBe(true);
  });
});
