import { Component, type ComponentChildren } from 'preact';
import type { Translate } from './use-language';

interface ExpandableProps {
  /** How many rows `render(false)` hides. */
  hiddenCount: number;
  /** The rows, all of them when `expanded`; hidden ones stay in the DOM with `hidden` (their ids are the contract's). */
  render: (expanded: boolean) => ComponentChildren;
  tr: Translate;
}

/**
 * A list that shows its first rows and a "More (n)" button that expands it in place. A class, not
 * hooks: `preact/hooks` would add ~1 KB gzip to every page's content script (see CardView).
 */
export class Expandable extends Component<ExpandableProps, { expanded: boolean }> {
  override state = { expanded: false };

  override render({ hiddenCount, render, tr }: ExpandableProps) {
    const { expanded } = this.state;
    return (
      <>
        {render(expanded)}
        {!expanded && hiddenCount > 0 && (
          <button type="button" class="ll-more" data-action="more" aria-expanded="false" onClick={() => this.setState({ expanded: true })}>
            {tr('card_more', hiddenCount)}
          </button>
        )}
      </>
    );
  }
}
