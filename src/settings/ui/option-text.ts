import { t, type MessageKey, type UiLanguage } from '../../i18n';
import type { ImportProblem } from '../settings-file';
import type { Repair } from '../repair-settings';
import type { SaveProblem } from '../write-settings';
import { HOVER_DELAY_RANGE } from '../settings-schema';

/**
 * The options page's words for what the settings API reports in codes: the label of a field, a
 * repair, a refused save or import. The API's English `reason` is shown as the detail line.
 */
const FIELD_LABELS: Record<string, MessageKey> = {
  enabled: 'options_enabled',
  disabledSites: 'options_sitesHeading',
  trigger: 'options_trigger',
  modifier: 'options_modifier',
  highlightStyle: 'options_highlight',
  sections: 'options_sections',
  'sections.meetings': 'options_section_meetings',
  'sections.quotes': 'options_section_quotes',
  'sections.timeline': 'options_section_timeline',
  theme: 'options_theme',
  language: 'options_language',
};

export function fieldLabel(field: string, lang: UiLanguage): string {
  if (field === 'hoverDelayMs') return t('options_hoverDelay', lang, HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max);
  const key = FIELD_LABELS[field];
  return key ? t(key, lang) : field;
}

export function repairText(repair: Repair, lang: UiLanguage): string {
  const label = fieldLabel(repair.field, lang);
  switch (repair.code) {
    case 'unreadable':
      return t('options_repairUnreadable', lang);
    case 'dropped-entries':
      return t('options_repairDropped', lang, label);
    case 'newer-version':
      return t('options_repairNewer', lang, label);
    case 'invalid':
      return t('options_repairInvalid', lang, label);
  }
}

const PROBLEM_KEYS: Record<SaveProblem['code'] | ImportProblem['code'], MessageKey> = {
  invalid: 'options_problem_invalid',
  'quota-item': 'options_problem_quota',
  'quota-total': 'options_problem_quota',
  'quota-items': 'options_problem_quota',
  'storage-error': 'options_problem_storage',
  'newer-version': 'options_problem_newerSetting',
  'not-json': 'options_problem_notJson',
  'not-settings-file': 'options_problem_notSettingsFile',
  'newer-file': 'options_problem_newerFile',
  'too-large': 'options_problem_tooLarge',
};

export function saveProblemText(problem: SaveProblem, lang: UiLanguage): string {
  return t('options_saveRefused', lang, t(PROBLEM_KEYS[problem.code], lang));
}

export function importProblemText(problem: ImportProblem, lang: UiLanguage): string {
  const key = problem.code === 'invalid' ? 'options_problem_settingInvalid' : PROBLEM_KEYS[problem.code];
  return t('options_importRefused', lang, t(key, lang));
}
