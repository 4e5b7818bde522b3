/**
 * Copies the `<style>` elements WXT puts in our shadow root into an adopted, constructed
 * stylesheet. A page whose CSP says `style-src 'none'` (or omits 'unsafe-inline') blocks inline
 * `<style>` elements, including ours inside the shadow root; a constructed stylesheet is not
 * subject to `style-src`, so the card keeps its reset and its look on such pages.
 */
export function adoptShadowStyles(shadow: ShadowRoot): void {
  const win = shadow.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!win || !('adoptedStyleSheets' in shadow)) return;
  const text = [...shadow.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  if (text.trim() === '') return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(text);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}
