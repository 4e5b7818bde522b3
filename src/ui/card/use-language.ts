import type { UiLanguage } from '../../i18n/messages';
import { t } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';

/** A translator bound to one language, handed down to the card's parts. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function translatorFor(lang: UiLanguage): Translate {
  return (key, ...subs) => t(key, lang, ...subs);
}
