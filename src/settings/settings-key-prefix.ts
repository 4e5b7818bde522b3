/**
 * The prefix of every setting's key in `storage.sync` (`settings.theme`, `settings.disabledSites`…).
 * In its own file, with no imports, so the content script can recognise a settings change in
 * `storage.onChanged` without bundling the storage items or their zod validation.
 */
export const SETTINGS_KEY_PREFIX = 'settings.';
