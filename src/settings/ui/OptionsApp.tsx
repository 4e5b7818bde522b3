import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { resolveLanguage, t, type UiLanguage } from '../../i18n';
import { MarksSection } from '../../marks/ui/MarksSection';
import { SavedSection, type SavedServices } from '../../saved/ui/SavedSection';
import { savedServices as realSavedServices } from '../../saved/ui/saved-services';
import { loadSettings } from '../load-settings';
import type { Repair } from '../repair-settings';
import { addDisabledSite, removeDisabledSite, resetSettings, saveSetting, updateSetting } from '../save-setting';
import { exportSettings, importSettings } from '../settings-file';
import type { CardSections, Settings } from '../settings-types';
import { watchSettings } from '../watch-settings';
import type { SaveResult } from '../write-settings';
import { BackupControls } from './BackupControls';
import { ChoiceGroup } from './ChoiceGroup';
import { downloadTextFile } from './download-text-file';
import { HoverDelayField } from './HoverDelayField';
import { importProblemText, saveProblemText } from './option-text';
import { RepairNotice } from './RepairNotice';
import { SitesEditor } from './SitesEditor';

type Message = { kind: 'status' | 'error'; text: string; detail?: string };

const MODIFIERS = ['Alt', 'Control', 'Shift', 'Meta'] as const;
const SECTIONS: (keyof CardSections)[] = ['meetings', 'quotes', 'timeline'];

/**
 * The options page. It shows the stored settings (repaired, with the repairs listed), saves each
 * change as it is made, and follows changes made elsewhere (the popup's per-site switch, another
 * computer) through `watchSettings`. Text follows the reader's interface-language setting. Last,
 * the meetings and quotes the reader marked as wrong on cards (src/marks/ui/MarksSection.tsx), and
 * the reader's saved articles (src/saved/ui/SavedSection.tsx).
 */
export function OptionsApp({ savedServices }: { savedServices?: SavedServices } = {}) {
  const [saved] = useState<SavedServices>(() => savedServices ?? realSavedServices());
  const [state, setState] = useState<{ settings: Settings; repairs: Repair[] } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const refresh = useCallback(async () => setState(await loadSettings()), []);
  useEffect(() => {
    void refresh();
    return watchSettings((settings, repairs) => setState({ settings, repairs }));
  }, [refresh]);

  const lang: UiLanguage = resolveLanguage(state?.settings.language ?? 'auto');
  // A layout effect, run in the same commit as the text: a screen reader must never meet Vietnamese
  // text under lang="en", even for one frame.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_pageTitle', lang);
    document.documentElement.dataset['theme'] = state?.settings.theme ?? 'auto';
  }, [lang, state?.settings.theme]);

  if (!state) return <p role="status">{t('options_loading', lang)}</p>;
  const { settings, repairs } = state;

  // Shown at once: a controlled input re-rendered with the old value before storage answers would
  // spring back under the reader's click.
  const show = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setState((current) => current && { ...current, settings: { ...current.settings, [key]: value } });

  const settle = async (pending: Promise<SaveResult>): Promise<boolean> => {
    const result = await pending;
    if (result.ok) setMessage({ kind: 'status', text: t('options_saved', lang) });
    else setMessage({ kind: 'error', text: saveProblemText(result.problem, lang), detail: result.problem.reason });
    // Re-read even on success: a refused change must put the control back to the stored value,
    // and a list changed by another tab meanwhile shows its sites too.
    await refresh();
    return result.ok;
  };

  const save = <K extends keyof Settings>(key: K, value: Settings[K]): Promise<boolean> => {
    show(key, value);
    return settle(saveSetting(key, value));
  };

  // Sites are added and removed one at a time against the stored list, not by saving this page's
  // copy of it: another options tab may have added a site since this one last read (issue 10).
  const addSite = (host: string): Promise<boolean> => {
    show('disabledSites', [...new Set([...settings.disabledSites, host])].sort());
    return settle(addDisabledSite(host));
  };
  const removeSite = (site: string): Promise<boolean> => {
    show('disabledSites', settings.disabledSites.filter((s) => s !== site));
    return settle(removeDisabledSite(site));
  };
  // The same for the card's section switches, which share one stored object.
  const switchSection = (section: keyof CardSections, on: boolean): Promise<boolean> => {
    show('sections', { ...settings.sections, [section]: on });
    return settle(updateSetting('sections', (sections) => ({ ...sections, [section]: on })));
  };

  const choices = <V extends string>(prefix: string, values: readonly V[]) =>
    values.map((value) => ({ value, label: t(`${prefix}_${value.replace('-', '_')}` as Parameters<typeof t>[0], lang) }));

  return (
    <main>
      <h1>{t('options_pageTitle', lang)}</h1>
      <RepairNotice repairs={repairs} lang={lang} />

      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{t('options_generalHeading', lang)}</h2>
        <label class="switch">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => void save('enabled', (e.currentTarget as HTMLInputElement).checked)} />
          {t('options_enabled', lang)}
        </label>
        <h3>{t('options_sitesHeading', lang)}</h3>
        <SitesEditor sites={settings.disabledSites} lang={lang} onAdd={addSite} onRemove={removeSite} />
      </section>

      <section aria-labelledby="trigger-heading">
        <h2 id="trigger-heading">{t('options_triggerHeading', lang)}</h2>
        <ChoiceGroup
          legend={t('options_trigger', lang)}
          name="trigger"
          value={settings.trigger}
          choices={choices('options_trigger', ['hover', 'hover-modifier', 'click'] as const)}
          onChange={(value) => void save('trigger', value)}
        />
        {settings.trigger === 'hover-modifier' && (
          <ChoiceGroup
            legend={t('options_modifier', lang)}
            name="modifier"
            value={settings.modifier}
            choices={choices('options_modifier', MODIFIERS)}
            onChange={(value) => void save('modifier', value)}
          />
        )}
        {settings.trigger !== 'click' && <HoverDelayField value={settings.hoverDelayMs} lang={lang} onChange={(ms) => void save('hoverDelayMs', ms)} />}
      </section>

      <section aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{t('options_appearanceHeading', lang)}</h2>
        <ChoiceGroup
          legend={t('options_highlight', lang)}
          name="highlight"
          value={settings.highlightStyle}
          choices={choices('options_highlight', ['underline', 'background', 'none'] as const)}
          onChange={(value) => void save('highlightStyle', value)}
        />
        <fieldset class="choice-group">
          <legend>{t('options_sections', lang)}</legend>
          {SECTIONS.map((section) => (
            <label key={section} class="choice">
              <input
                type="checkbox"
                checked={settings.sections[section]}
                onChange={(e) => void switchSection(section, (e.currentTarget as HTMLInputElement).checked)}
              />
              {t(`options_section_${section}`, lang)}
            </label>
          ))}
        </fieldset>
        <ChoiceGroup
          legend={t('options_theme', lang)}
          name="theme"
          value={settings.theme}
          choices={choices('options_theme', ['auto', 'light', 'dark'] as const)}
          onChange={(value) => void save('theme', value)}
        />
        <ChoiceGroup
          legend={t('options_language', lang)}
          name="language"
          value={settings.language}
          choices={choices('options_language', ['auto', 'vi', 'en'] as const)}
          onChange={(value) => void save('language', value)}
        />
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('options_backupHeading', lang)}</h2>
        <BackupControls
          lang={lang}
          onExport={() => {
            const fileName = 'leaderlens-settings.json';
            downloadTextFile(exportSettings(settings), fileName);
            setMessage({ kind: 'status', text: t('options_exported', lang, fileName) });
          }}
          onImport={async (text) => {
            const result = await importSettings(text);
            if (result.ok) setMessage({ kind: 'status', text: t('options_imported', lang) });
            else setMessage({ kind: 'error', text: importProblemText(result.problem, lang), detail: result.problem.reason });
            await refresh();
          }}
          onReset={async () => {
            const result = await resetSettings();
            if (result.ok) setMessage({ kind: 'status', text: t('options_resetDone', lang) });
            else setMessage({ kind: 'error', text: saveProblemText(result.problem, lang), detail: result.problem.reason });
            await refresh();
          }}
        />
      </section>

      <MarksSection lang={lang} report={setMessage} />

      <SavedSection lang={lang} report={setMessage} services={saved} />

      {/* Both regions stay in the page so screen readers are already listening when text arrives. */}
      <div class="messages">
        <p role="status" data-testid="status">
          {message?.kind === 'status' ? message.text : ''}
        </p>
        <div role="alert" data-testid="error">
          {message?.kind === 'error' && (
            <>
              <p>{message.text}</p>
              {message.detail && <p class="detail">{t('options_detail', lang, message.detail)}</p>}
            </>
          )}
        </div>
      </div>
    </main>
  );
}
