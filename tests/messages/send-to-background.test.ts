import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground } from '../../src/messages/send-to-background';
import { packCard } from '../../src/messages/card-wire';
import { briefCard } from '../../src/lookup/card-brief';
import { seedLookups } from '../saved/saved-fixture';

// WXT's in-memory browser answers with a listener's returned promise (it has no sendResponse), so
// these listeners return envelopes directly; the real round trip is tested in tests/e2e.
describe('sendToBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  it('resolves with the value of a successful answer', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: { formatVersion: 1, leaders: 1, meetings: 0, quotes: 0 } }));
    expect(await sendToBackground({ type: 'ping' })).toEqual({ formatVersion: 1, leaders: 1, meetings: 0, quotes: 0 });
  });

  it('unpacks a card, which the background sends packed', async () => {
    const card = (await (await seedLookups()).card('to-lam', '2026-01-01', []))!;
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: JSON.parse(JSON.stringify(packCard(card))) }));
    expect(await sendToBackground({ type: 'get-card', leaderId: 'to-lam', pageDate: '2026-01-01', pageLeaderIds: [] })).toEqual(card);
  });

  it('unpacks a brief card, stubs and all', async () => {
    const card = briefCard((await (await seedLookups()).card('to-lam', '9999-12-31', []))!);
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: JSON.parse(JSON.stringify(packCard(card))) }));
    expect(await sendToBackground({ type: 'get-brief-card', leaderId: 'to-lam', pageDate: '9999-12-31', pageLeaderIds: [] })).toEqual(card);
  });

  it('gives null for a leader the index does not know', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: null }));
    expect(await sendToBackground({ type: 'get-card', leaderId: 'nobody', pageDate: null, pageLeaderIds: [] })).toBeNull();
  });

  it('rejects with the background\'s own error message', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'leaderlens index: missing field(s) search' }));
    await expect(sendToBackground({ type: 'get-matcher' })).rejects.toThrow('leaderlens index: missing field(s) search');
  });

  it('rejects clearly when nobody answered', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => undefined);
    await expect(sendToBackground({ type: 'search', query: 'x' })).rejects.toThrow('leaderlens: the background did not answer "search"');
  });
});
