import { render } from 'preact';
import { resolveLanguage } from '../../i18n/resolve-language';
import { t } from '../../i18n/translate';
import { sendToBackground } from '../../messages/send-to-background';
import { loadSettings } from '../../settings/load-settings';
import { WelcomeApp } from './WelcomeApp';

/**
 * Starts the welcome page in `root`, in the reader's interface language and theme (the settings'
 * `language` and `theme`, as the options page), with the coverage from the background.
 */
export async function startWelcomePage(root: HTMLElement): Promise<void> {
  const { settings } = await loadSettings();
  const lang = resolveLanguage(settings.language);
  document.documentElement.lang = lang;
  document.documentElement.dataset['theme'] = settings.theme;
  document.title = t('welcome_pageTitle', lang);
  render(<WelcomeApp lang={lang} loadCoverage={() => sendToBackground({ type: 'get-coverage' })} optionsHref="options.html" />, root);
}
