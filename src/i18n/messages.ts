import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';

/**
 * The interface text, imported from the same `_locales` files the browser reads. Imported rather
 * than read through `browser.i18n.getMessage` because the reader may choose an interface language
 * other than the browser's (settings `language`), and `getMessage` only ever answers in the
 * browser's own locale.
 */
export type UiLanguage = 'vi' | 'en';

/** One `_locales` entry, in Chrome's format: named `$PLACEHOLDERS$` whose content is `$1`…`$9`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** Every message name. English is the default locale (`default_locale: 'en'`), so it has them all. */
export type MessageKey = keyof typeof en;

export const LOCALE_MESSAGES: Record<UiLanguage, Partial<Record<MessageKey, LocaleMessage>>> = {
  en: en as Record<MessageKey, LocaleMessage>,
  vi: vi as Partial<Record<MessageKey, LocaleMessage>>,
};
