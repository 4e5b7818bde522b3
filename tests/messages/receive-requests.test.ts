import { describe, expect, it, vi } from 'vitest';
import { answerRequest, createRequestListener, parseRequest, type RequestHandlers } from '../../src/messages/receive-requests';
import { createBackgroundHandlers } from '../../src/messages/background-handlers';
import { loadFixtureIndex } from '../index-data/fixture-build';
import { wholeIndexLookups } from '../../src/index-data/whole-index-lookups';
import { INDEX_FORMAT_VERSION } from '../../src/index-data/format';

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
