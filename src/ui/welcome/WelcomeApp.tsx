import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatCorpusDate } from '../../i18n/format-date';
import type { MessageKey, UiLanguage } from '../../i18n/messages';
import { t } from '../../i18n/translate';
import type { Coverage } from '../../lookup/coverage';
import { formatCount } from '../coverage-text';

type State = { status: 'loading' } | { status: 'ready'; coverage: Coverage } | { status: 'failed'; error: string };

/** The settings the options page has, named with the options page's own labels. */
const SETTING_LABELS: MessageKey[] = [
  'options_enabled',
  'options_sitesHeading',
  'options_triggerHeading',
  'options_highlight',
  'options_sections',
  'options_theme',
  'options_language',
];

/**
 * The welcome page (issue 11, "First run and coverage"): what the bundled corpus covers, how to add
 * articles, which settings exist. `data-status` on the root says whether the coverage arrived;
 * each figure carries `data-figure` and its raw `data-value`, so tests read numbers, not prose.
 */
export function WelcomeApp({ lang, loadCoverage, optionsHref }: { lang: UiLanguage; loadCoverage: () => Promise<Coverage>; optionsHref: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadCoverage().then(
      (coverage) => live && setState({ status: 'ready', coverage }),
      (error: unknown) => live && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [loadCoverage]);

  return (
    <main class="welcome" lang={lang} data-status={state.status}>
      <h1>{t('welcome_pageTitle', lang)}</h1>
      <p>{t('welcome_intro', lang)}</p>
      <p>{t('welcome_openTabsNote', lang)}</p>

      <section aria-labelledby="welcome-coverage" data-section="coverage">
        <h2 id="welcome-coverage">{t('welcome_coverageHeading', lang)}</h2>
        {state.status === 'loading' && <p role="status">{t('welcome_loading', lang)}</p>}
        {state.status === 'failed' && <p role="alert">{t('welcome_loadFailed', lang, state.error)}</p>}
        {state.status === 'ready' && <CoverageList coverage={state.coverage} lang={lang} />}
      </section>

      <section aria-labelledby="welcome-add" data-section="add-articles">
        <h2 id="welcome-add">{t('welcome_addHeading', lang)}</h2>
        <ol>
          <li>
            <WithCode text={t('welcome_addStep1', lang)} />
          </li>
          <li>
            <WithCode text={t('welcome_addStep2', lang)} />
          </li>
          <li>
            <WithCode text={t('welcome_addStep3', lang)} />
          </li>
        </ol>
        <p>{t('welcome_addMore', lang)}</p>
      </section>

      <section aria-labelledby="welcome-settings" data-section="settings">
        <h2 id="welcome-settings">{t('welcome_settingsHeading', lang)}</h2>
        <p>{t('welcome_settingsIntro', lang)}</p>
        <ul>
          {SETTING_LABELS.map((key) => (
            <li key={key}>{t(key, lang)}</li>
          ))}
        </ul>
        <p>
          <a href={optionsHref} data-action="open-settings">
            {t('welcome_openSettings', lang)}
          </a>
        </p>
      </section>
    </main>
  );
}

function Figure({ name, value, children }: { name: string; value: string | number; children: string }) {
  return (
    <span data-figure={name} data-value={String(value)}>
      {children}
    </span>
  );
}

function CoverageList({ coverage: c, lang }: { coverage: Coverage; lang: UiLanguage }) {
  const n = (value: number) => formatCount(value, lang);
  const date = (value: string) => formatCorpusDate(value, lang);
  return (
    <dl class="coverage">
      <dt>{t('welcome_people', lang)}</dt>
      <dd>
        <Fill
          text={t('welcome_peopleText', lang, '\u0001', '\u0002', '\u0003')}
          parts={[
            <Figure name="people-registry" value={c.people.registry}>{n(c.people.registry)}</Figure>,
            <Figure name="people-found" value={c.people.foundInCorpus}>{n(c.people.foundInCorpus)}</Figure>,
            <Figure name="people-with-records" value={c.people.withRecords}>{n(c.people.withRecords)}</Figure>,
          ]}
        />
      </dd>

      <dt>{t('welcome_articles', lang)}</dt>
      <dd>
        {c.dateRange ? (
          <Fill
            text={t('welcome_articlesText', lang, '\u0001', '\u0002', '\u0003')}
            parts={[
              <Figure name="articles" value={c.articles}>{n(c.articles)}</Figure>,
              <Figure name="date-from" value={c.dateRange.from}>{date(c.dateRange.from)}</Figure>,
              <Figure name="date-to" value={c.dateRange.to}>{date(c.dateRange.to)}</Figure>,
            ]}
          />
        ) : (
          <Fill text={t('welcome_articlesNoDates', lang, '\u0001')} parts={[<Figure name="articles" value={c.articles}>{n(c.articles)}</Figure>]} />
        )}
        {c.dateRange && c.undatedArticles > 0 && <> {t('welcome_articlesUndated', lang, n(c.undatedArticles))}</>}
      </dd>

      <dt>{t('welcome_sources', lang)}</dt>
      <dd data-figure="sources" data-value={String(c.sources.length)}>
        {c.sources.length === 0 ? (
          t('welcome_sourcesNone', lang)
        ) : (
          <>
            <ul class="sources">
              {c.sources.map((s) => (
                <li key={s.site} data-site={s.site}>
                  <bdi>{s.site}</bdi> ({n(s.articles)})
                </li>
              ))}
            </ul>
            {c.articlesWithoutSource > 0 && t('welcome_sourcesUnknown', lang, n(c.articlesWithoutSource))}
          </>
        )}
      </dd>

      <dt>{t('welcome_registry', lang)}</dt>
      <dd>
        <Fill
          text={t('welcome_registryText', lang, '\u0001')}
          parts={[<Figure name="registry-as-of" value={c.registryAsOf}>{date(c.registryAsOf)}</Figure>]}
        />
        {c.registryStale && (
          <p class="warning" data-warning="registry-stale" role="note">
            <WithCode text={t('welcome_registryStale', lang)} />
          </p>
        )}
      </dd>
    </dl>
  );
}

/**
 * A message with paths and commands between backticks (`npm run build`): those parts in `<code>`,
 * so the translation decides where they go and the page still shows them as things to type.
 */
function WithCode({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

/**
 * Puts elements where a translated sentence has the markers \u0001, \u0002, …: the sentence's word
 * order stays the translation's, and each figure is still its own element.
 */
function Fill({ text, parts }: { text: string; parts: ComponentChildren[] }) {
  const pieces = text.split(/([\u0001-\u0009])/);
  return <>{pieces.map((piece) => (/^[\u0001-\u0009]$/.test(piece) ? parts[piece.charCodeAt(0) - 1] : piece))}</>;
}
