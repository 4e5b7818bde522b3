import type { HighlightStyle } from '../settings/settings-types';
import type { PageMention } from './gate-mentions';

/**
 * Underlines names with the CSS Custom Highlight API: ranges registered in `CSS.highlights`, drawn
 * by a `::highlight()` rule. No element is added or wrapped, so the page's DOM stays the page's.
 *
 * The rule has to live in the tree whose text it styles, yet we may not add a `<style>` to the
 * page: it goes into a constructed stylesheet adopted by the document (and by each open shadow
 * root that holds names). `adoptedStyleSheets` is not part of the DOM and is not serialised, and a
 * constructed sheet is not subject to the page's CSP `style-src` (a strict-CSP page blocks inline
 * `<style>` elements, not adopted sheets).
 */
export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  underline: 'leaderlens-underline',
  background: 'leaderlens-background',
};

const RULES = `
::highlight(leaderlens-underline) { text-decoration: underline dotted 2px; text-decoration-color: #c0392b; text-underline-offset: 3px; }
::highlight(leaderlens-background) { background-color: rgba(255, 214, 10, 0.35); }
`;

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => unknown;

export interface NameHighlighter {
  /** Replaces the highlighted ranges with `mentions` (in `doc` and its open shadow roots). */
  update(mentions: readonly PageMention[]): void;
  setStyle(style: HighlightStyle): void;
  /** Removes the highlight and our adopted sheets. */
  clear(): void;
}

/**
 * A highlighter for one document; a no-op where the API is missing (Firefox before 140): names
 * are then still hoverable, just not underlined.
 */
export function createNameHighlighter(doc: Document, initialStyle: HighlightStyle): NameHighlighter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = (win?.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  if (!win || !registry || !Highlight) return { update() {}, setStyle() {}, clear() {} };

  let style = initialStyle;
  let sheet: CSSStyleSheet | null = null;
  const adopted = new Set<Document | ShadowRoot>();
  let lastRanges: Range[] = [];
  // The registry is the document's, shared with the page and with any other copy of this script
  // (an orphaned one cleaning up after an extension reload): we delete only the highlight we set.
  let mine: unknown = null;
  const removeMine = (): void => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) if (mine !== null && registry.get(name) === mine) registry.delete(name);
    mine = null;
  };

  const adopt = (scope: Document | ShadowRoot): void => {
    if (adopted.has(scope)) return;
    try {
      sheet ??= makeSheet(win);
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      adopted.add(scope);
    } catch {
      adopted.add(scope); // A frozen or foreign adoptedStyleSheets: names there go without underline.
    }
  };

  const apply = (): void => {
    removeMine();
    if (style === 'none' || lastRanges.length === 0) return;
    mine = new Highlight(...lastRanges);
    registry.set(HIGHLIGHT_NAMES[style], mine);
  };

  return {
    update(mentions) {
      const ranges: Range[] = [];
      for (const m of mentions) {
        const { start, end } = m.found;
        if (start.node.ownerDocument !== doc || !start.node.isConnected || !end.node.isConnected) continue;
        const scope = start.node.getRootNode() as Document | ShadowRoot;
        if (scope !== doc && !(scope instanceof win.ShadowRoot)) continue;
        adopt(scope);
        const range = doc.createRange();
        try {
          range.setStart(start.node, start.offset);
          range.setEnd(end.node, end.offset);
        } catch {
          continue; // The text changed since the scan (offset past its end); the rescan will bring it back.
        }
        ranges.push(range);
      }
      lastRanges = ranges;
      apply();
    },
    setStyle(next) {
      style = next;
      apply();
    },
    clear() {
      removeMine();
      for (const scope of adopted) {
        try {
          scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // Nothing to give back.
        }
      }
      adopted.clear();
    },
  };
}

function makeSheet(win: Window & typeof globalThis): CSSStyleSheet {
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(RULES);
  return sheet;
}
