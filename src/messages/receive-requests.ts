import type { BriefCard } from '../lookup/card-brief';
import { packCard, packedAnswerTypes } from './card-wire';
import {
  backgroundRequest,
  contentRequestTypes,
  extensionPageRequestTypes,
  type BackgroundRequest,
  type BackgroundRequestType,
  type BackgroundResponses,
  type Envelope,
  type RequestOf,
} from './protocol';

/** One handler per request type: a missing one is a type error. */
export type RequestHandlers = {
  [T in BackgroundRequestType]: (request: RequestOf<T>) => BackgroundResponses[T] | Promise<BackgroundResponses[T]>;
};

/**
 * Checks an incoming message, which is `unknown` until proven otherwise. Returns the typed request,
 * or null — after exactly one warning naming the problem — for anything that is not one.
 * `page-mentions` (answered by the content script) returns null silently.
 *
 * @example
 * parseRequest({ type: 'search', query: 'to lam' }); // { type: 'search', query: 'to lam' }
 * parseRequest({ type: 'nope' }); // null, after one console.warn
 */
export function parseRequest(message: unknown, warn: (text: string) => void = console.warn): BackgroundRequest | null {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if ((contentRequestTypes as readonly unknown[]).includes(type)) return null;
  const parsed = backgroundRequest.safeParse(message);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  warn(`leaderlens background: dropped message ${describe(type)}: ${issue?.message ?? 'invalid'}${where}`);
  return null;
}

function describe(type: unknown): string {
  return typeof type === 'string' ? `"${type.slice(0, 40)}"` : 'without a string "type"';
}

/**
 * Runs the handler for `request` and wraps its outcome: a thrown error becomes `{ ok: false }` with
 * its message, so the sender sees why instead of a silent `undefined`. A card (`get-card`,
 * `get-brief-card`) goes packed (card-wire.ts: what it repeats written once), as
 * `sendToBackground` reads it.
 */
export async function answerRequest(handlers: RequestHandlers, request: BackgroundRequest): Promise<Envelope<unknown>> {
  try {
    const handler = handlers[request.type] as (request: BackgroundRequest) => unknown;
    const value = await handler(request);
    return { ok: true, value: packedAnswerTypes.has(request.type) && value !== null ? packCard(value as BriefCard) : value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What the listener reads of a message's sender (`runtime.MessageSender`). */
export interface RequestSender {
  url?: string;
}

/**
 * Whether a message comes from one of the extension's own pages (popup, options, reader), not a
 * content script: the pages' addresses are the extension's (`chrome-extension:`, `moz-extension:`);
 * a content script's is its web page's. A message from the worker itself has no sender address.
 *
 * @example
 * fromExtensionPage({ url: 'chrome-extension://abc/popup.html' }); // true
 * fromExtensionPage({ url: 'https://vnexpress.net/a.html' });       // false
 */
export function fromExtensionPage(sender: RequestSender | undefined): boolean {
  const url = sender?.url;
  if (url === undefined) return true;
  return /^(?:chrome|moz|safari-web)-extension:\/\//.test(url);
}

/**
 * A `runtime.onMessage` listener over `handlers`. It answers through `sendResponse` and returns
 * `true` (keep the channel open), the form both Chrome and Firefox accept for an async answer;
 * for a message it drops it returns `undefined`, so another listener may answer it. Requests that
 * read or change the reader's saved articles (`extensionPageRequestTypes`) are answered only for
 * the extension's own pages: from a content script they are refused with a reason.
 */
export function createRequestListener(
  handlers: RequestHandlers,
  warn: (text: string) => void = console.warn,
): (message: unknown, sender: unknown, sendResponse: (response: Envelope<unknown>) => void) => true | undefined {
  return (message, sender, sendResponse) => {
    const request = parseRequest(message, warn);
    if (request === null) return undefined;
    if ((extensionPageRequestTypes as readonly string[]).includes(request.type) && !fromExtensionPage(sender as RequestSender | undefined)) {
      warn(`leaderlens background: refused "${request.type}" from a content script`);
      sendResponse({ ok: false, error: `"${request.type}" is answered only for the extension's own pages` });
      return undefined;
    }
    void answerRequest(handlers, request).then(sendResponse);
    return true;
  };
}
