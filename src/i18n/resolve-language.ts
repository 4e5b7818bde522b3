import { browser } from 'wxt/browser';
import type { InterfaceLanguage } from '../settings/settings-types';
import type { UiLanguage } from './messages';

/**
 * The interface language to show for the `language` setting: `vi` or `en` as chosen, and for
 * `auto` Vietnamese when the browser's interface language starts with `vi`, else English.
 * `uiLanguage` defaults to the browser's (`browser.i18n.getUILanguage()`).
 *
 * @example
 * resolveLanguage('auto', 'vi-VN'); // 'vi'
 * resolveLanguage('en', 'vi-VN');   // 'en'
 */
export function resolveLanguage(setting: InterfaceLanguage, uiLanguage: string = browserUiLanguage()): UiLanguage {
  if (setting === 'vi' || setting === 'en') return setting;
  return uiLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The browser's interface language; `navigator.language` where the i18n API is missing (tests, plain pages). */
export function browserUiLanguage(): string {
  try {
    const language = browser.i18n.getUILanguage();
    if (typeof language === 'string' && language !== '') return language;
  } catch {
    // WXT's fake browser (unit tests) does not implement getUILanguage; fall through.
  }
  return typeof navigator !== 'undefined' && typeof navigator.language === 'string' ? navigator.language : 'en';
}
