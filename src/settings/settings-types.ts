/**
 * The reader's settings: their shape and defaults. The storage items, validation, migrations and
 * watching live beside this file (src/settings/index.ts); this file has no dependencies so the
 * content script, the card and the options page can share the type.
 */
export type Trigger = 'hover' | 'hover-modifier' | 'click';
export type Modifier = 'Alt' | 'Control' | 'Shift' | 'Meta';
export type HighlightStyle = 'underline' | 'background' | 'none';
export type Theme = 'auto' | 'light' | 'dark';
export type InterfaceLanguage = 'auto' | 'vi' | 'en';

export interface CardSections {
  meetings: boolean;
  quotes: boolean;
  timeline: boolean;
}

export interface Settings {
  /** Leaderlens on or off everywhere. */
  enabled: boolean;
  /** Hostnames ("vnexpress.net") where Leaderlens stays off. */
  disabledSites: string[];
  trigger: Trigger;
  /** The key held with `hover-modifier`. */
  modifier: Modifier;
  /** Milliseconds the pointer rests on a name before the card opens. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  sections: CardSections;
  theme: Theme;
  language: InterfaceLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  trigger: 'hover',
  modifier: 'Alt',
  hoverDelayMs: 300,
  highlightStyle: 'underline',
  sections: { meetings: true, quotes: true, timeline: true },
  theme: 'auto',
  language: 'auto',
});
