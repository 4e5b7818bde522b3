import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CardPerson } from '../lookup/card';
import type { Coverage } from '../lookup/coverage';
import { coverageLine } from '../ui/coverage-text';
import { DetailPanel, type Opened } from './DetailPanel';
import { isAbortError, latestOnly } from './latest-only';
import { OnThisPage, type PageState } from './OnThisPage';
import { pageDateOf } from './page-date';
import { countMentions, watchPageMentions, type PageLeader } from './page-mentions';
import type { ResultRow } from './result-rows';
import { SearchPanel, type SearchState } from './SearchPanel';
import type { PopupServices } from './services';
import { siteOfUrl, unscannableReason } from './site-of-url';
import { SavePage } from './SavePage';
import { SiteSwitch } from './SiteSwitch';
import type { TargetTab } from './target-tab';
import { popupTranslator } from './translate';

/**
 * The toolbar popup (DESIGN.md, "Toolbar popup"): one search box over leaders, meetings and quotes,
 * the leaders the current tab names, and the switch for the current site. A result or a leader of
 * the tab opens a detail view in place; "back" returns to the search as it was.
 */
export function Popup({ services }: { services: PopupServices }) {
  const tr = useMemo(() => popupTranslator(services.lang), [services.lang]);
  const searcher = useMemo(() => latestOnly((query: string, signal: AbortSignal) => services.search(query, signal)), [services]);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const [active, setActive] = useState(-1);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [site, setSite] = useState<string | null>(null);
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [index, setIndex] = useState<{ status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: string }>({ status: 'loading' });

  const [coverage, setCoverage] = useState<Coverage | null>(null);

  useEffect(() => () => searcher.cancel(), [searcher]);

  useEffect(() => {
    let live = true;
    // Without an answer the line is left out: a failed index already says so in an alert.
    services.coverage().then((c) => live && setCoverage(c), () => undefined);
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => {
    let live = true;
    services.ping().then(
      () => live && setIndex({ status: 'ready' }),
      (error: unknown) => live && setIndex({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [services]);

  useEffect(() => {
    const controller = new AbortController();
    void readTab(services, controller.signal, setPage, setSite, setTab);
    return () => controller.abort();
  }, [services]);

  const onQuery = (next: string) => {
    setQuery(next);
    setActive(-1);
    if (next.trim() === '') {
      searcher.cancel();
      setSearch({ status: 'idle' });
      return;
    }
    setSearch((state) => ({ status: 'searching', previous: state.status === 'done' ? state.results : state.status === 'searching' ? state.previous : null }));
    searcher.run(next).then(
      (results) => setSearch({ status: 'done', results }),
      (error: unknown) => {
        if (isAbortError(error)) return; // a newer keystroke's search owns the state now
        setSearch({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  const pageLeaderIds = page.status === 'ready' ? page.leaders.map((l) => l.leaderId) : [];
  const pageDate = page.status === 'ready' ? page.pageDate : null;
  const openLeader = (person: CardPerson | PageLeader, fromPage: boolean) => {
    const id = 'leaderId' in person ? person.leaderId : person.id;
    // From the tab's list the card is as of the tab's date, as on the page; from a search, as of today.
    setOpened({ kind: 'leader', id, pageDate: fromPage ? pageDate : null, pageLeaderIds: fromPage ? pageLeaderIds : [] });
  };
  const openRow = (row: ResultRow) => {
    if (row.kind === 'leader') setOpened({ kind: 'leader', id: row.id, pageDate: null, pageLeaderIds: [] });
    else if (row.kind === 'meeting') setOpened({ kind: 'meeting', id: row.id, hit: row.hit });
    else setOpened({ kind: 'quote', id: row.id, hit: row.hit });
  };

  return (
    // data-status: whether the background's index answered (`loading`, `ready`, `failed`).
    <main class="llp-popup" lang={services.lang} data-status={index.status}>
      <header class="llp-top">
        <h1 class="llp-title">{tr('popup_pageTitle')}</h1>
        {site !== null && <SiteSwitch site={site} service={services.siteSwitch} tr={tr} />}
      </header>
      {tab !== null && site !== null && <SavePage tab={tab} services={services.saved} tr={tr} />}
      {index.status === 'failed' && (
        <p class="llp-alert" role="alert">
          {tr('popup_loadFailed', index.error)}
        </p>
      )}
      {opened ? (
        <DetailPanel
          opened={opened}
          services={services}
          tr={tr}
          onBack={() => setOpened(null)}
          onOpenLeader={(person) => openLeader(person, false)}
        />
      ) : (
        <>
          <SearchPanel
            query={query}
            state={search}
            active={active}
            lang={services.lang}
            tr={tr}
            autoFocus
            onQuery={onQuery}
            onActive={setActive}
            onOpen={openRow}
          />
          {/* The empty state: before a query, what the search can find at all (issue 11). */}
          {query.trim() === '' && coverage !== null && (
            <p class="llp-coverage" data-section="coverage">
              {coverageLine(coverage, services.lang)}
            </p>
          )}
          <OnThisPage state={page} tr={tr} onOpen={(leader) => openLeader(leader, true)} />
        </>
      )}
    </main>
  );
}

/** Finds the tab, then asks its content script for the leaders it names until its scan is complete. */
async function readTab(
  services: PopupServices,
  signal: AbortSignal,
  setPage: (state: PageState) => void,
  setSite: (site: string | null) => void,
  setTab: (tab: TargetTab | null) => void = () => undefined,
): Promise<void> {
  const tab = await services.targetTab();
  if (signal.aborted) return;
  setTab(tab);
  if (tab === null) {
    setPage({ status: 'unscannable', reason: 'browser-page' });
    return;
  }
  let site = siteOfUrl(tab.url);
  setSite(site);
  try {
    await watchPageMentions(
      services.sendToTab,
      tab.id,
      (answer) => {
        if (signal.aborted) return;
        // The content script knows its page's address even where the browser hides it from us.
        if (site === null) {
          site = siteOfUrl(answer.url);
          setSite(site);
        }
        setPage({ status: 'ready', leaders: countMentions(answer.mentions), complete: answer.complete, pageDate: pageDateOf(answer.published) });
      },
      { signal },
    );
  } catch (error) {
    if (signal.aborted || isAbortError(error)) return;
    // A site the reader switched off has no content script to answer: say that, not "cannot read".
    const off = site !== null && !(await services.siteSwitch.isEnabled(site).catch(() => true));
    if (signal.aborted) return;
    setPage(off ? { status: 'site-off' } : { status: 'unscannable', reason: unscannableReason(tab.url) });
  }
}
