import { browser } from 'wxt/browser';
import { packedAnswerTypes, unpackCard, type PackedCard } from './card-wire';
import type { BackgroundRequest, BackgroundResponses, Envelope } from './protocol';

/**
 * Sends `request` to the background and resolves with its typed answer. Rejects with the
 * background's own error message when it failed, and with a clear error when nobody answered
 * (the background dropped an invalid request, or the extension was reloaded under this page).
 * A card (`get-card`, `get-brief-card`) comes packed (card-wire.ts) and is unpacked here, so
 * callers get the `Card` (or `BriefCard`) itself.
 *
 * @example
 * const card = await sendToBackground({ type: 'get-card', leaderId: 'to-lam', pageDate: null, pageLeaderIds: [] });
 * const { leaders } = await sendToBackground({ type: 'search', query: 'to lam' });
 */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<BackgroundResponses[R['type']]> | undefined;
  if (envelope === undefined || envelope === null) {
    throw new Error(`leaderlens: the background did not answer "${request.type}"`);
  }
  if (!envelope.ok) throw new Error(envelope.error);
  if (packedAnswerTypes.has(request.type) && envelope.value !== null) return unpackCard(envelope.value as unknown as PackedCard) as BackgroundResponses[R['type']];
  return envelope.value;
}
