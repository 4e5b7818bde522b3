/**
 * The reader's settings: stored in `storage.sync`, one WXT storage item per setting, validated
 * and repaired on every read. Everything the content script, the card, the popup and the options
 * page need comes from here.
 */
export type { Settings, Trigger, Modifier, HighlightStyle, Theme, InterfaceLanguage, CardSections } from './settings-types';
export { DEFAULT_SETTINGS } from './settings-types';
export { defaultSettings } from './default-settings';
export { settingSchemas, settingsSchema, hostnameSchema, HOVER_DELAY_RANGE, SETTING_FIELDS } from './settings-schema';
export { normalizeHostname } from './normalize-hostname';
export { isSiteEnabled, isSiteListedAsDisabled, withSiteEnabled } from './site-enabled';
export { loadSettings } from './load-settings';
export type { Repair, RepairCode } from './repair-settings';
export { watchSettings } from './watch-settings';
export { saveSetting, setSiteEnabled, resetSettings } from './save-setting';
export type { SaveResult, SaveProblem, SaveProblemCode } from './write-settings';
export { exportSettings, importSettings, parseSettingsFile, SETTINGS_FILE_FORMAT, SETTINGS_FILE_VERSION } from './settings-file';
export type { ImportResult, ImportProblem, ImportProblemCode } from './settings-file';
export { syncLimits } from './sync-quota';
