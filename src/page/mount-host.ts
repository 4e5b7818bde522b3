import { createRemountBackoff, type RemountBackoff } from './remount-backoff';

/**
 * Our one host element on the page: `<leaderlens-ui-…>` with an open shadow root (DESIGN.md, "The
 * card"), a child of `<html>` so a page's body transforms and z-index contexts do not reach it.
 *
 * Made here rather than with WXT's `createShadowRootUi`, which brings ~2.5 KB (gzip) of helpers we
 * do not use (auto-mounting, anchors by selector, a fetched stylesheet, an `<html><body>` inside
 * the shadow root) into a content script that runs on every page. What it did that we need is kept:
 * the `all: initial` reset at the host, the host as a zero-size box at the page's corner, removal
 * when the content script is invalidated.
 *
 * The page owns the DOM, so the host is made to survive it (issue 10):
 * - Its name ends in a random suffix drawn per page load (`hostTagName`): a page cannot define a
 *   custom element of that name in advance (a page-defined `leaderlens-ui` with a closed shadow
 *   root made `attachShadow` throw and saw our style writes), nor mistake its own
 *   `<leaderlens-ui>` for ours.
 * - We keep the element we made and only ever remove that one: a host with our name that we did
 *   not make is the page's, never deleted. (The old stale-host cleanup by tag name deleted a page's
 *   own `<leaderlens-ui>` and its text.) An older copy of the script removes its own host when it
 *   learns it is orphaned (script-lifetime.ts).
 * - The host's look is set by `:host` rules marked `!important` in our shadow stylesheet, not by
 *   writing its `style` attribute: important declarations of the shadow tree win over the page's,
 *   even over an inline `!important`, and the page sees no attribute change.
 * - `reattach()` puts the host (and the card's container) back where the page took them from,
 *   when a card is about to show; a page that keeps removing it meets a growing pause between
 *   re-attachments (remount-backoff.ts), so there is no remount loop.
 */
export interface MountedHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element the card layer goes into. */
  container: HTMLElement;
  /**
   * Makes sure host and container are in place, putting them back if the page removed or moved
   * them (unless the backoff says wait). true when they are in place afterwards.
   */
  reattach(): boolean;
  /** Takes the host off the page (the content script was invalidated). */
  remove(): void;
}

/**
 * `<prefix>-<random>`: a valid custom element name no page can know before it sees ours.
 *
 *     hostTagName('leaderlens-ui'); // 'leaderlens-ui-k3v9x0q2ab'
 */
export function hostTagName(prefix: string, random: () => string = randomSuffix): string {
  return `${prefix}-${random()}`;
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

/** The host's box, in our shadow stylesheet (see above for why not in its `style` attribute). */
const HOST_CSS = ':host{all:initial !important;display:block !important;position:relative !important;width:0 !important;height:0 !important;overflow:visible !important;visibility:visible !important;opacity:1 !important;contain:none !important}';

/**
 * Creates the host named `tagName` with `css` inside its shadow root and appends it to `<html>`.
 *
 *     const { container, remove } = mountHost(document, hostTagName('leaderlens-ui'), css);
 *     lifetime.onInvalidated(remove);
 */
export function mountHost(doc: Document, tagName: string, css: string, backoff: RemountBackoff = createRemountBackoff()): MountedHost {
  const host = doc.createElement(tagName);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = addStyles(doc, shadow, `${HOST_CSS}\n${css}`);
  const container = doc.createElement('div');
  container.className = 'leaderlens-root';
  shadow.append(container);
  doc.documentElement.append(host);

  const inPlace = (): boolean =>
    (host.parentNode === doc.documentElement || (doc.body !== null && host.parentNode === doc.body)) &&
    container.parentNode === shadow &&
    (sheet === null || shadow.adoptedStyleSheets.includes(sheet));

  return {
    host,
    shadow,
    container,
    reattach() {
      if (inPlace()) return true;
      if (!doc.documentElement || !backoff.allow()) return false;
      try {
        if (sheet && !shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
        if (container.parentNode !== shadow) shadow.append(container);
        if (host.parentNode !== doc.documentElement && host.parentNode !== doc.body) doc.documentElement.append(host);
      } catch {
        return false; // A page that froze or replaced what we need: no card here rather than an error.
      }
      return inPlace();
    },
    remove: () => host.remove(),
  };
}

/**
 * An adopted, constructed stylesheet where supported: a page whose CSP omits 'unsafe-inline' in
 * `style-src` blocks `<style>` elements, even inside our shadow root, but not a constructed sheet.
 * A `<style>` element otherwise (older browsers); then null.
 */
function addStyles(doc: Document, shadow: ShadowRoot, css: string): CSSStyleSheet | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && 'adoptedStyleSheets' in shadow) {
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return sheet;
    } catch {
      // Constructable sheets refused (very old browser): fall back to an element.
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return null;
}
