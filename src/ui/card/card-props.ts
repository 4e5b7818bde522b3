import type { UiLanguage } from '../../i18n/messages';
import type { Card } from '../../lookup/card';
import type { BriefCard } from '../../lookup/card-brief';
import type { MarkTarget } from '../../marks/mark-types';
import type { CardSections, InterfaceLanguage, Theme } from '../../settings/settings-types';
import type { ReaderTarget } from '../reader/reader-url';

/** How the card reaches the reader page; the default asks the background (see source-links.ts). */
export interface SourceLinks {
  /**
   * The link's `href`. In a web page it must not name the extension (`chrome-extension://<id>/…`
   * would hand every page the extension's id, issue 10): the default is a bare `#`.
   */
  href(target: ReaderTarget): string;
  /** Opens the reader page at `target`, for the reader's click whose token is `gesture` (user-gesture.ts). */
  open(target: ReaderTarget, gesture: string): void;
}

/**
 * The card's "Full record" link to the leader page (`leader.html?id=…`). In a web page the
 * default goes through the background (`open-leader-page`, one tab per real click, no extension
 * address in the page); the popup, itself an extension page, links to the page directly.
 */
export interface RecordLink {
  /** The link's `href`: a bare `#` in a web page (see `SourceLinks.href`). */
  href(leaderId: string, pageDate: string | null): string;
  /**
   * Opens the page for the reader's click whose token is `gesture`. Absent: the browser follows
   * `href` itself (in a new tab).
   */
  open?(leaderId: string, pageDate: string | null, lang: UiLanguage, gesture: string): void;
}

/** How the card marks an item as wrong (and undoes it); the default asks the background (see item-marks.ts). */
export interface CardMarks {
  /**
   * Marks `target` as wrong (`wrong` true) or takes the mark back, for the reader's click whose
   * token is `gesture` (user-gesture.ts). Resolves true once done, false when refused; never rejects.
   */
  set(target: MarkTarget, wrong: boolean, gesture: string): Promise<boolean>;
}

/** What `CardView` and `renderCard` take. Only `card` is required. */
export interface CardViewProps {
  /**
   * The card data: from the background's `get-brief-card` on a page (the rows "More" hides are
   * stubs, filled through `loadFull`), or a whole `Card` (`get-card`, the popup).
   */
  card: BriefCard;
  /**
   * Asks for the whole card when `card` holds stubs (`get-card` with the same page): called once,
   * for the reader's own click on "More" or "Mark as wrong", never for a script's. Resolves null
   * when the background no longer knows the leader; may reject.
   */
  loadFull?: () => Promise<Card | null>;
  /** Sections shown (settings `sections`). Hidden sections keep their element, empty and `hidden`. Default: all. */
  sections?: CardSections;
  /** Settings `theme`. Default `auto`. */
  theme?: Theme;
  /**
   * The page's own `color-scheme` when it declares one (`light` or `dark`); `auto` follows it,
   * and otherwise `prefers-color-scheme`.
   */
  pageColorScheme?: 'light' | 'dark' | null;
  /** Settings `language`. Default `auto` (the browser's interface language). */
  language?: InterfaceLanguage;
  /** Called when the reader asks to close the card (Escape, the close button). */
  onClose?: () => void;
  /** Moves focus into the card once it is shown (when it was opened from the keyboard). */
  focusOnOpen?: boolean;
  /** Default: links to the extension's reader page, opened by the background. */
  links?: SourceLinks;
  /** Default: marks through the background (`mark-wrong`, `unmark-wrong`). */
  marks?: CardMarks;
  /** The "Full record" link. Default: opened by the background (`open-leader-page`). */
  record?: RecordLink;
  /** Resolved language for `auto`, for tests and pages without the i18n API. Default: the browser's. */
  uiLanguage?: string;
}

export type { UiLanguage };
