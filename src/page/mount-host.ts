/**
 * Our one host element on the page: `<leaderlens-ui>` with an open shadow root (DESIGN.md, "The
 * card"), a child of `<html>` so a page's body transforms and z-index contexts do not reach it.
 *
 * Made here rather than with WXT's `createShadowRootUi`, which brings ~2.5 KB (gzip) of helpers we
 * do not use (auto-mounting, anchors by selector, a fetched stylesheet, an `<html><body>` inside
 * the shadow root) into a content script that runs on every page. What it did that we need is kept:
 * the `all: initial` reset at the host, the host as a zero-size box at the page's corner, removal
 * when the content script is invalidated.
 */
export interface MountedHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element the card layer goes into. */
  container: HTMLElement;
  /** Takes the host off the page (the content script was invalidated). */
  remove(): void;
}

/**
 * Creates the host named `tagName` with `css` inside its shadow root and appends it to `<html>`.
 * A host of the same name left by an earlier copy of the script (an extension reload under the
 * page) is removed first: one host per frame.
 *
 *     const { container, remove } = mountHost(document, 'leaderlens-ui', css);
 *     ctx.onInvalidated(remove);
 */
export function mountHost(doc: Document, tagName: string, css: string): MountedHost {
  for (const stale of doc.documentElement.querySelectorAll(`:scope > ${tagName}, body > ${tagName}`)) stale.remove();
  const host = doc.createElement(tagName);
  // Through the CSSOM, not a `style` attribute: a page's CSP `style-src` does not block it.
  const s = host.style;
  s.setProperty('all', 'initial', 'important');
  s.setProperty('display', 'block', 'important');
  s.setProperty('position', 'relative', 'important');
  s.setProperty('width', '0', 'important');
  s.setProperty('height', '0', 'important');
  s.setProperty('overflow', 'visible', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(doc, shadow, `:host{all:initial !important}\n${css}`);
  const container = doc.createElement('div');
  container.className = 'leaderlens-root';
  shadow.append(container);
  doc.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}

/**
 * An adopted, constructed stylesheet where supported: a page whose CSP omits 'unsafe-inline' in
 * `style-src` blocks `<style>` elements, even inside our shadow root, but not a constructed sheet.
 * A `<style>` element otherwise (older browsers).
 */
function addStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && 'adoptedStyleSheets' in shadow) {
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Constructable sheets refused (very old browser): fall back to an element.
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
