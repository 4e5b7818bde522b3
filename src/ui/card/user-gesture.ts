/**
 * A token for one click the browser says the reader made (`event.isTrusted`), or null.
 *
 * The card lives in a web page, which can call `.click()` on our links or dispatch its own events
 * at them; those events are untrusted. Only a trusted event gets a token, and each event at most
 * one, so the background (`src/messages/gesture-gate.ts`) can open one tab per real click and
 * none for a script (issue 10: a page's 50 `.click()` calls opened 50 tabs).
 *
 * @example
 * onClick={(event) => { const gesture = gestureToken(event); if (gesture) links.open(target, gesture); }}
 */
export function gestureToken(event: Event, random: () => string = randomToken): string | null {
  if (!event.isTrusted || minted.has(event)) return null;
  minted.add(event);
  return random();
}

const minted = new WeakSet<Event>();

/**
 * For a link the browser follows itself (the original article's, OriginalLink.tsx): cancels a click
 * a script made, so the page's `.click()` on it (our shadow root is open) follows nothing, while
 * the reader's own click, Enter or middle click goes where the link says.
 *
 * @example
 * <a href={url} target="_blank" onClick={cancelUntrusted}>…</a>
 */
export function cancelUntrusted(event: Event): void {
  if (!event.isTrusted) event.preventDefault();
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
