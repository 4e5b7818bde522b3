import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { resolveLanguage } from '../../i18n/resolve-language';
import { DEFAULT_SETTINGS } from '../../settings/settings-types';
import type { CardViewProps } from './card-props';
import { CardHeader } from './CardHeader';
import { handleCardKey } from './keyboard';
import { MeetingList } from './MeetingList';
import { MeetingTimeline } from './MeetingTimeline';
import { QuoteList } from './QuoteList';
import { resolveTheme } from './resolve-theme';
import { extensionSourceLinks } from './source-links';
import { translatorFor } from './use-language';

/**
 * The leader's card (DESIGN.md, "The card"). The root is the only element with `data-leader-id`;
 * it is a labelled, focusable dialog with the meetings and quotes sections always present.
 */
export function CardView(props: CardViewProps) {
  const { card, onClose, focusOnOpen = false, links = extensionSourceLinks } = props;
  const sections = props.sections ?? DEFAULT_SETTINGS.sections;
  const lang = resolveLanguage(props.language ?? 'auto', props.uiLanguage);
  const theme = resolveTheme(props.theme ?? 'auto', props.pageColorScheme);
  const tr = useMemo(() => translatorFor(lang), [lang]);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  // A layout effect, so focus is in the card as soon as renderCard returns (a key pressed right
  // after the shortcut already lands in the card).
  useLayoutEffect(() => {
    if (focusOnOpen) rootRef.current?.focus({ preventScroll: true });
    // Only when the card first opens: a re-render must not pull focus back from a link.
  }, []);

  return (
    <div
      ref={rootRef}
      class={`ll-card ll-theme-${theme}`}
      data-leader-id={card.leader.id}
      data-theme={theme}
      role="dialog"
      aria-labelledby={`${id}-name`}
      lang={lang}
      tabIndex={-1}
      onKeyDown={(event) => rootRef.current && handleCardKey(event, rootRef.current, onClose)}
    >
      <CardHeader card={card} headingId={`${id}-name`} lang={lang} tr={tr} onClose={onClose} />
      <MeetingTimeline card={card} shown={sections.timeline} headingId={`${id}-timeline`} titleId={`${id}-timeline-title`} lang={lang} tr={tr} />
      <MeetingList meetings={card.meetings} shown={sections.meetings} headingId={`${id}-meetings`} links={links} lang={lang} tr={tr} />
      <QuoteList quotes={card.quotes} shown={sections.quotes} headingId={`${id}-quotes`} links={links} lang={lang} tr={tr} />
    </div>
  );
}
