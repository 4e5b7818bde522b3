import { useId, useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../../i18n';
import { normalizeHostname } from '../normalize-hostname';

/**
 * The list of sites where Leaderlens is off, with a remove button per site and a field to add one.
 * It hands over one site at a time (`onAdd` a normalised hostname, `onRemove` an entry), never the
 * whole list: the list shown may be older than the stored one (another tab added a site), and the
 * caller changes the stored list under the settings lock. `onAdd` resolves false when refused.
 */
export function SitesEditor(props: {
  sites: readonly string[];
  lang: UiLanguage;
  onAdd: (host: string) => Promise<boolean>;
  onRemove: (site: string) => Promise<boolean>;
}) {
  const { lang } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    // The field itself, not `draft`: a submit right after input (autofill, a fast Enter) can come
    // before the re-render that updates `draft`.
    const typed = input.current?.value ?? draft;
    const host = normalizeHostname(typed);
    if (host === null) {
      setError(t('options_siteInvalid', lang, typed.trim()));
      return;
    }
    setError(null);
    if (await props.onAdd(host)) setDraft('');
  };

  return (
    <div class="sites">
      {props.sites.length === 0 ? (
        <p>{t('options_sitesEmpty', lang)}</p>
      ) : (
        <ul class="site-list">
          {props.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void props.onRemove(site)}>
                {t('options_siteRemove', lang, site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label for={inputId}>{t('options_siteAddLabel', lang)}</label>
        <input
          id={inputId}
          ref={input}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('options_siteAdd', lang)}</button>
        {error && (
          <p id={errorId} class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
