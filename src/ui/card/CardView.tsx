import { Component, createRef } from 'preact';
import { resolveLanguage } from '../../i18n/resolve-language';
import type { UiLanguage } from '../../i18n/messages';
import type { Card } from '../../lookup/card';
import { hasStubs, type BriefCard } from '../../lookup/card-brief';
import type { MarkKind } from '../../marks/mark-types';
import { DEFAULT_SETTINGS } from '../../settings/settings-types';
import type { CardViewProps } from './card-props';
import { CardHeader } from './CardHeader';
import { extensionMarks } from './item-marks';
import { handleCardKey } from './keyboard';
import { MeetingList } from './MeetingList';
import { MeetingTimeline } from './MeetingTimeline';
import { QuoteList } from './QuoteList';
import { resolveTheme } from './resolve-theme';
import { extensionRecordLink, extensionSourceLinks } from './source-links';
import { translatorFor, type Translate } from './use-language';
import { gestureToken } from './user-gesture';

let cardsMade = 0;

interface CardViewState {
  /** Items the reader marked as wrong in this card (`kind:id`): they leave it at once. */
  gone: string[];
  /** The item just marked, offering Undo (until another is marked or it is undone). */
  status: { kind: MarkKind; itemId: string } | null;
  /** The last mark or undo could not be saved: the card says so, and Undo stays. */
  failed?: boolean;
  /** The whole card that filled the stubs of `of` (the brief card it was asked for). */
  filled?: { of: BriefCard; card: Card };
}

/**
 * The leader's card (DESIGN.md, "The card"). The root is the only element with `data-leader-id`;
 * it is a labelled, focusable dialog with the meetings and quotes sections always present.
 *
 * A class rather than hooks: `preact/hooks` would add ~1 KB (gzip) to the content script of every
 * page for what a component instance gives anyway (a stable id, a ref, a kept translator, a
 * callback after the first render).
 */
export class CardView extends Component<CardViewProps, CardViewState> {
  private readonly id = `ll${++cardsMade}`;
  private readonly root = createRef<HTMLDivElement>();
  private translator: { lang: UiLanguage; tr: Translate } | null = null;
  override state: CardViewState = { gone: [], status: null };
  /** The one request for the whole card, shared by every "More" (and mark) of this brief card. */
  private filling: { of: BriefCard; done: Promise<boolean> } | null = null;

  /** The card as shown: the brief one given, or the whole one that filled it. */
  private current(): BriefCard {
    const { filled } = this.state;
    return filled && filled.of === this.props.card ? filled.card : this.props.card;
  }

  /**
   * Fills the stubs: asks once for the whole card (`loadFull`) and shows it in place of the brief
   * one; resolves true once the rows are there. Only ever called for the reader's own click
   * (Expandable checks `isTrusted`, marks need a gesture token). A failed request can be tried
   * again with the next click.
   */
  private readonly fill = (): Promise<boolean> => {
    const of = this.props.card;
    const load = this.props.loadFull;
    if (!load || !hasStubs(this.current())) return Promise.resolve(true);
    if (this.filling?.of === of) return this.filling.done;
    const done = load().then(
      (card) => {
        if (!card || this.props.card !== of) return false;
        this.setState({ filled: { of, card } });
        return true;
      },
      (error: unknown) => {
        console.warn(`leaderlens card: could not load the rest of the card: ${error instanceof Error ? error.message : String(error)}`);
        this.filling = null;
        return false;
      },
    );
    this.filling = { of, done };
    return done;
  };

  /**
   * Marks an item as wrong (or takes the mark back) for a click the browser says the reader made
   * (user-gesture.ts): a page's `.click()` on the button marks nothing. Once the background has
   * stored it, the item leaves the card and "Marked as wrong · Undo" takes focus, so a keyboard
   * reader is not left on a button that is gone; Undo puts the item and the focus back.
   */
  private readonly change = (kind: MarkKind, itemId: string, wrong: boolean, event: Event): void => {
    const gesture = gestureToken(event);
    if (!gesture) return;
    // An item leaving the card brings the next row into view, which in a brief card is a stub:
    // the rest of the card is asked for alongside the mark.
    if (wrong) void this.fill();
    const key = `${kind}:${itemId}`;
    void (this.props.marks ?? extensionMarks).set({ kind, itemId, leaderId: this.props.card.leader.id }, wrong, gesture).then((done) => {
      if (!done) return this.setState({ failed: true });
      this.setState(
        ({ gone }) => ({ gone: wrong ? [...gone, key] : gone.filter((k) => k !== key), status: wrong ? { kind, itemId } : null, failed: false }),
        () => {
          const root = this.root.current;
          (root?.querySelector<HTMLElement>(wrong ? '.ll-undo' : `[id="${this.id}-${itemId}-mark"]`) ?? root)?.focus();
        },
      );
    });
  };

  // Runs as render() commits, like a layout effect, so focus is in the card as soon as renderCard
  // returns (a key pressed right after the shortcut already lands in the card). Only when the card
  // first opens: a re-render must not pull focus back from a link.
  override componentDidMount(): void {
    if (this.props.focusOnOpen) this.root.current?.focus({ preventScroll: true });
  }

  private tr(lang: UiLanguage): Translate {
    if (this.translator?.lang !== lang) this.translator = { lang, tr: translatorFor(lang) };
    return this.translator.tr;
  }

  override render(props: CardViewProps, { gone, status, failed }: CardViewState) {
    const { onClose, links = extensionSourceLinks } = props;
    const shown = this.current();
    const card = gone.length > 0 ? without(shown, gone) : shown;
    const sections = props.sections ?? DEFAULT_SETTINGS.sections;
    const lang = resolveLanguage(props.language ?? 'auto', props.uiLanguage);
    const theme = resolveTheme(props.theme ?? 'auto', props.pageColorScheme);
    const tr = this.tr(lang);
    const id = this.id;
    const rootRef = this.root;
    const row = { links, lang, tr, uid: id, mark: this.change, fill: props.loadFull && hasStubs(card) ? this.fill : undefined };

    return (
      <div
        ref={rootRef}
        class={`ll-card ll-theme-${theme}`}
        data-leader-id={card.leader.id}
        role="dialog"
        aria-labelledby={`${id}-name`}
        lang={lang}
        tabIndex={-1}
        onKeyDown={(event) => rootRef.current && handleCardKey(event, rootRef.current, onClose)}
      >
        <CardHeader card={card} headingId={`${id}-name`} lang={lang} tr={tr} onClose={onClose} record={props.record ?? extensionRecordLink} />
        <MeetingTimeline card={card} shown={sections.timeline} headingId={`${id}-timeline`} titleId={`${id}-timeline-title`} lang={lang} tr={tr} />
        <MeetingList meetings={card.meetings} shown={sections.meetings} headingId={`${id}-meetings`} {...row} />
        <QuoteList quotes={card.quotes} meetings={card.meetings} shown={sections.quotes} headingId={`${id}-quotes`} {...row} />
        {(status || failed) && (
          <p class="ll-marked" role={failed ? 'alert' : 'status'}>
            <span id={`${id}-marked`}>{tr(failed ? 'card_markFailed' : 'card_marked')}</span>
            {status && (
              <button
                type="button"
                class="ll-more ll-undo"
                data-action="undo-mark"
                aria-describedby={`${id}-marked`}
                onClick={(event) => this.change(status.kind, status.itemId, false, event)}
              >
                {tr('card_markUndo')}
              </button>
            )}
          </p>
        )}
      </div>
    );
  }
}

/** The card without the items marked in it (`kind:id`): gone from the lists and the timeline. */
function without(card: BriefCard, gone: readonly string[]): BriefCard {
  const kept = (kind: MarkKind, id: string): boolean => !gone.includes(`${kind}:${id}`);
  return {
    ...card,
    meetings: card.meetings.filter((m) => kept('meeting', m.id)),
    quotes: card.quotes.filter((q) => kept('quote', q.id)),
    timeline: card.timeline.filter((point) => kept('meeting', point.meetingId)),
  };
}
