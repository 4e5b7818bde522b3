export { t } from './translate';
export { resolveLanguage, browserUiLanguage } from './resolve-language';
export { formatCorpusDate, formatList } from './format-date';
export type { MessageKey, UiLanguage } from './messages';
