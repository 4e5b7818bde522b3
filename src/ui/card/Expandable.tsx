import { Component, type ComponentChildren } from 'preact';
import type { Translate } from './use-language';

interface ExpandableProps {
  /** How many rows `render(false)` hides. */
  hiddenCount: number;
  /** The rows, all of them when `expanded`; hidden ones stay in the DOM with `hidden` (their ids are the contract's). */
  render: (expanded: boolean) => ComponentChildren;
  tr: Translate;
  /**
   * Set while the hidden rows are stubs (a brief card, src/lookup/card-brief.ts): "More" then asks
   * for them, only for a click the browser says the reader made, and expands once this resolves
   * true. A page's `.click()` on the button does nothing: it must not make the worker build and
   * send a thousand rows.
   */
  fill?: (() => Promise<boolean>) | undefined;
}

/** What can take focus in a row. */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A list that shows its first rows and a "More (n)" button that expands it in place. The button
 * goes once the list is expanded; focus, which was on it, moves to the first row it revealed, so a
 * keyboard reader goes on from there inside the card. A class, not hooks: `preact/hooks` would add
 * ~1 KB gzip to every page's content script (see CardView).
 */
export class Expandable extends Component<ExpandableProps, { expanded: boolean; filling: boolean }> {
  override state = { expanded: false, filling: false };

  private readonly more = (event: Event): void => {
    const button = event.currentTarget as HTMLElement | null;
    const { fill } = this.props;
    if (!fill) return this.expand(button);
    if (!event.isTrusted || this.state.filling) return;
    this.setState({ filling: true });
    void fill().then((filled) => {
      this.setState({ filling: false });
      if (filled) this.expand(button);
    });
  };

  private expand(button: HTMLElement | null): void {
    // The first row "More" hides, found before it is shown (its element stays: Preact keys rows).
    const first = button?.previousElementSibling?.querySelector('[hidden]') ?? null;
    const hadFocus = button !== null && (button.getRootNode() as Document | ShadowRoot).activeElement === button;
    this.setState({ expanded: true }, () => {
      if (hadFocus) first?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    });
  }

  override render({ hiddenCount, render, tr }: ExpandableProps, { expanded, filling }: { expanded: boolean; filling: boolean }) {
    return (
      <>
        {render(expanded)}
        {!expanded && hiddenCount > 0 && (
          <button type="button" class="ll-more" data-action="more" aria-expanded="false" aria-busy={filling ? 'true' : undefined} onClick={this.more}>
            {tr('card_more', hiddenCount)}
          </button>
        )}
      </>
    );
  }
}
