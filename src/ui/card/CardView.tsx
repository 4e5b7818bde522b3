import { Component, createRef } from 'preact';
import { resolveLanguage } from '../../i18n/resolve-language';
import type { UiLanguage } from '../../i18n/messages';
import { DEFAULT_SETTINGS } from '../../settings/settings-types';
import type { CardViewProps } from './card-props';
import { CardHeader } from './CardHeader';
import { handleCardKey } from './keyboard';
import { MeetingList } from './MeetingList';
import { MeetingTimeline } from './MeetingTimeline';
import { QuoteList } from './QuoteList';
import { resolveTheme } from './resolve-theme';
import { extensionSourceLinks } from './source-links';
import { translatorFor, type Translate } from './use-language';

let cardsMade = 0;

/**
 * The leader's card (DESIGN.md, "The card"). The root is the only element with `data-leader-id`;
 * it is a labelled, focusable dialog with the meetings and quotes sections always present.
 *
 * A class rather than hooks: `preact/hooks` would add ~1 KB (gzip) to the content script of every
 * page for what a component instance gives anyway (a stable id, a ref, a kept translator, a
 * callback after the first render).
 */
export class CardView extends Component<CardViewProps> {
  private readonly id = `ll${++cardsMade}`;
  private readonly root = createRef<HTMLDivElement>();
  private translator: { lang: UiLanguage; tr: Translate } | null = null;

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

  override render(props: CardViewProps) {
    const { card, onClose, links = extensionSourceLinks } = props;
    const sections = props.sections ?? DEFAULT_SETTINGS.sections;
    const lang = resolveLanguage(props.language ?? 'auto', props.uiLanguage);
    const theme = resolveTheme(props.theme ?? 'auto', props.pageColorScheme);
    const tr = this.tr(lang);
    const id = this.id;
    const rootRef = this.root;

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
        <CardHeader card={card} headingId={`${id}-name`} lang={lang} tr={tr} onClose={onClose} />
        <MeetingTimeline card={card} shown={sections.timeline} headingId={`${id}-timeline`} titleId={`${id}-timeline-title`} lang={lang} tr={tr} />
        <MeetingList meetings={card.meetings} shown={sections.meetings} headingId={`${id}-meetings`} links={links} lang={lang} tr={tr} />
        <QuoteList quotes={card.quotes} meetings={card.meetings} shown={sections.quotes} headingId={`${id}-quotes`} links={links} lang={lang} tr={tr} />
      </div>
    );
  }
}
