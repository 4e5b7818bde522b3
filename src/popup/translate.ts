import type { MessageKey, UiLanguage } from '../i18n/messages';
import { t } from '../i18n/translate';

/** The popup's text in one language, from `_locales` (nothing hard-coded in components). */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function popupTranslator(lang: UiLanguage): Translate {
  return (key, ...subs) => t(key, lang, ...subs);
}
