/**
 * Wraps a page-wide listener so only events the browser made reach it (`event.isTrusted`).
 *
 * The page shares our DOM and can dispatch any event it likes: issue 10 found a page opening cards
 * (and reading them out of the open shadow root) with synthetic `mousemove`s over names. What the
 * reader does with the pointer and keyboard is trusted; what a script dispatches is not, and it
 * drives nothing of ours.
 *
 * @example
 * env.listen(window, 'mousemove', onlyTrusted((e) => hover.onPointerMove(e as MouseEvent)));
 */
export function onlyTrusted<E extends Event>(handler: (event: E) => void, isTrusted: (event: Event) => boolean = (event) => event.isTrusted): (event: E) => void {
  return (event) => {
    if (isTrusted(event)) handler(event);
  };
}
