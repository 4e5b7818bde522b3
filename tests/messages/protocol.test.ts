import { describe, expect, it } from 'vitest';
import { backgroundRequest, contentRequestTypes, extensionPageRequestTypes, MAX_IMPORT_BASE64 } from '../../src/messages/protocol';
import { createBackgroundHandlers } from '../../src/messages/background-handlers';

const requestTypes = backgroundRequest.options.map((schema) => schema.shape.type.value).sort();

describe('backgroundRequest', () => {
  it('lists exactly the requests the background answers', () => {
    expect(requestTypes).toEqual([
      'dismiss-interrupted', 'export-saved', 'find-saved', 'get-article', 'get-brief-card', 'get-card', 'get-coverage', 'get-leader-record', 'get-matcher', 'get-settings', 'import-saved', 'list-saved', 'mark-wrong', 'open-leader-page', 'open-reader', 'ping', 'remove-saved', 'save-page', 'search', 'unmark-wrong',
    ]);
  });

  it('keeps the saved-article requests for the extension pages, each one a request of the protocol', () => {
    expect([...extensionPageRequestTypes].sort()).toEqual(['dismiss-interrupted', 'export-saved', 'find-saved', 'import-saved', 'list-saved', 'remove-saved', 'save-page']);
    for (const type of extensionPageRequestTypes) expect(requestTypes).toContain(type);
  });

  it('bounds an import: a file name, a file, and the whole message', () => {
    const file = (name: string, base64: string) => ({ type: 'import-saved', files: [{ name, base64 }] });
    expect(backgroundRequest.safeParse(file('a.txt', 'QQ==')).success).toBe(true);
    expect(backgroundRequest.safeParse(file('', 'QQ==')).success).toBe(false);
    expect(backgroundRequest.safeParse(file('a'.repeat(501), 'QQ==')).success).toBe(false);
    const half = 'A'.repeat(MAX_IMPORT_BASE64 / 2 + 4);
    expect(backgroundRequest.safeParse({ type: 'import-saved', files: [{ name: 'a.txt', base64: half }, { name: 'b.txt', base64: half }] }).success).toBe(false);
  });

  it('takes a tab id for save-page, nothing else', () => {
    expect(backgroundRequest.safeParse({ type: 'save-page', tabId: 42 }).success).toBe(true);
    expect(backgroundRequest.safeParse({ type: 'save-page', tabId: -1 }).success).toBe(false);
    expect(backgroundRequest.safeParse({ type: 'save-page', tabId: 42, url: 'x' }).success).toBe(false);
  });

  it('has a handler for every request type, and no handler for anything else', () => {
    const handlers = createBackgroundHandlers(() => Promise.reject(new Error('unused')));
    expect(Object.keys(handlers).sort()).toEqual(requestTypes);
  });

  it('keeps page-mentions for the content script', () => {
    expect(contentRequestTypes).toEqual(['page-mentions']);
    expect(requestTypes).not.toContain('page-mentions');
  });

  it.each([
    [{ type: 'get-card', leaderId: 'to-lam', pageDate: '2024-11-08', pageLeaderIds: [] }],
    [{ type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: ['luong-cuong'] }],
    [{ type: 'get-brief-card', leaderId: 'to-lam', pageDate: '2024-11-08', pageLeaderIds: ['luong-cuong'] }],
    [{ type: 'get-brief-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: [] }],
    [{ type: 'search', query: 'to lam' }],
    [{ type: 'search', query: 'to lam', limit: 5 }],
    [{ type: 'get-matcher' }],
    [{ type: 'ping' }],
    [{ type: 'get-settings' }],
    [{ type: 'get-coverage' }],
    [{ type: 'mark-wrong', kind: 'meeting', itemId: 'm-1', leaderId: 'to-lam', gesture: 'gesture-0123456789abcdef' }],
    [{ type: 'unmark-wrong', kind: 'quote', itemId: 'q-1', leaderId: 'to-lam', gesture: 'gesture-0123456789abcdef' }],
    [{ type: 'get-leader-record', leaderId: 'to-lam' }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', filter: { with: 'vladimir-putin', year: 2025, meetingKind: 'visit', quoteKind: 'direct', words: 'hợp tác' }, quotes: { offset: 50, limit: 2000 } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', filter: {}, quotes: {} }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', meetings: { offset: 100, limit: 2000 }, quotes: { limit: 0 } }],
    [{ type: 'open-leader-page', leaderId: 'to-lam', pageDate: '2025-05-09', lang: 'vi', gesture: 'gesture-0123456789abcdef' }],
    [{ type: 'open-leader-page', leaderId: 'to-lam', pageDate: null, gesture: 'gesture-0123456789abcdef' }],
  ])('accepts %j', (message) => {
    expect(backgroundRequest.safeParse(message).success).toBe(true);
  });

  it.each([
    [{ type: 'get-card', leaderId: 'to-lam', pageDate: '8/11/2024', pageLeaderIds: [] }],
    [{ type: 'get-card', leaderId: '', pageDate: null, pageLeaderIds: [] }],
    [{ type: 'search', query: 'x', limit: 0 }],
    [{ type: 'search', query: 42 }],
    [{ type: 'ping', extra: true }],
    [{ type: 'get-coverage', today: '2020-01-01' }],
    [{ type: 'page-mentions' }],
    [{ type: 'get-card', leaderId: 'x'.repeat(201), pageDate: null, pageLeaderIds: [] }],
    [{ type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: ['x'.repeat(201)] }],
    [{ type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: Array.from({ length: 1001 }, () => 'a') }],
    [{ type: 'get-card', leaderId: 'to-lam', pageDate: '2024-11-08'.padEnd(1000, '0'), pageLeaderIds: [] }],
    [{ type: 'get-brief-card', leaderId: 'to-lam', pageDate: null }],
    [{ type: 'get-brief-card', leaderId: 'to-lam', pageDate: '8/11/2024', pageLeaderIds: [] }],
    [{ type: 'get-brief-card', leaderId: 'x'.repeat(201), pageDate: null, pageLeaderIds: [] }],
    [{ type: 'get-brief-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: Array.from({ length: 1001 }, () => 'a') }],
    [{ type: 'get-brief-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: [], full: true }],
    [{ type: 'get-article', articleId: 'x'.repeat(201) }],
    [{ type: 'open-reader', articleId: 'a', evidence: 'e'.repeat(5001), gesture: 'gesture-0123456789abcdef' }],
    [{ type: 'open-reader', articleId: 'a', evidence: 'e', gesture: 'g'.repeat(65) }],
    [{ type: 'search', query: 'q'.repeat(501) }],
    [{ type: 'mark-wrong', kind: 'meeting', itemId: 'm-1', leaderId: 'to-lam' }],
    [{ type: 'mark-wrong', kind: 'leader', itemId: 'm-1', leaderId: 'to-lam', gesture: 'gesture-0123456789abcdef' }],
    [{ type: 'mark-wrong', kind: 'quote', itemId: 'x'.repeat(201), leaderId: 'to-lam', gesture: 'gesture-0123456789abcdef' }],
    [{ type: 'mark-wrong', kind: 'quote', itemId: 'q-1', leaderId: 'to-lam', gesture: 'gesture-0123456789abcdef', mark: { evidence: 'forged' } }],
    [{ type: 'unmark-wrong', kind: 'quote', itemId: 'q-1', leaderId: 'to-lam', gesture: 'short' }],
    [{ type: 'get-leader-record', leaderId: '' }],
    [{ type: 'get-leader-record', leaderId: 'x'.repeat(201) }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', quotes: { limit: 2001 } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', quotes: { offset: -1 } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', meetings: { limit: 2001 } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', filter: { words: 'w'.repeat(201) } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', filter: { with: 'x'.repeat(201) } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', filter: { meetingKind: 'dinner' } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', filter: { year: 2024.5 } }],
    [{ type: 'get-leader-record', leaderId: 'to-lam', filter: { leaveOut: ['m-1'] } }],
    [{ type: 'open-leader-page', leaderId: 'to-lam', pageDate: null }],
    [{ type: 'open-leader-page', leaderId: 'to-lam', pageDate: '9/5/2025', gesture: 'gesture-0123456789abcdef' }],
    [{ type: 'open-leader-page', leaderId: 'to-lam', pageDate: null, lang: 'fr', gesture: 'gesture-0123456789abcdef' }],
  ])('rejects %j', (message) => {
    expect(backgroundRequest.safeParse(message).success).toBe(false);
  });
});
