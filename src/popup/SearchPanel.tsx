import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { UiLanguage } from '../i18n/messages';
import type { SearchResults } from '../lookup/search';
import { moveActive } from './list-navigation';
import { ResultItem } from './ResultItem';
import { RESULT_KINDS, resultRows, rowDomId, type ResultKind, type ResultRow } from './result-rows';
import type { Translate } from './translate';

/** Where the search stands: nothing asked, waiting, answered, or failed. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResults | null }
  | { status: 'done'; results: SearchResults }
  | { status: 'failed'; error: string };

interface SearchPanelProps {
  query: string;
  state: SearchState;
  active: number;
  lang: UiLanguage;
  tr: Translate;
  autoFocus: boolean;
  onQuery(query: string): void;
  onActive(index: number): void;
  onOpen(row: ResultRow): void;
}

const GROUP_LABEL: Record<ResultKind, 'popup_groupLeaders' | 'popup_groupMeetings' | 'popup_groupQuotes'> = {
  leader: 'popup_groupLeaders',
  meeting: 'popup_groupMeetings',
  quote: 'popup_groupQuotes',
};

/**
 * The search box and its results, as an ARIA combobox: typing searches, ArrowDown/ArrowUp move
 * through the results of every group in turn, Enter opens the active one (the first when none is),
 * Escape empties the box. Focus never leaves the input, so the reader can keep typing.
 */
export function SearchPanel({ query, state, active, lang, tr, autoFocus, onQuery, onActive, onOpen }: SearchPanelProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const shown = state.status === 'done' ? state.results : state.status === 'searching' ? state.previous : null;
  const rows = useMemo(() => (shown ? resultRows(shown) : []), [shown]);
  const activeRow = rows[active];

  // Focus in the same task that puts the box in the document (a layout effect), not after the next
  // paint (`useEffect`): coming back from a detail view with Escape, a key pressed in between would
  // otherwise land on <body> — the race behind popup-search.test.ts's "focus back on the search box"
  // failing under a loaded machine, where the paint came late.
  useLayoutEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!activeRow) return;
    // happy-dom and old engines may lack scrollIntoView; the list still works without it.
    document.getElementById(rowDomId(activeRow))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeRow]);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveActive(active, event.key, rows.length);
    if (next !== null) {
      event.preventDefault();
      onActive(next);
      return;
    }
    if (event.key === 'Enter') {
      const row = rows[active] ?? rows[0];
      if (row) {
        event.preventDefault();
        onOpen(row);
      }
    } else if (event.key === 'Escape' && query !== '') {
      // Escape on an empty box is left alone: the browser closes the popup.
      event.preventDefault();
      onQuery('');
    }
  };

  const listId = `${id}-results`;
  return (
    // data-state says when the shown results answer the query in the box (`done`): tests wait on it.
    <section class="llp-search" aria-label={tr('popup_searchLabel')} data-state={state.status}>
      <label class="llp-label" for={`${id}-input`}>
        {tr('popup_searchLabel')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        class="llp-input"
        type="search"
        role="combobox"
        // Preact's types allow role="combobox" on a search input only beside a `list` attribute
        // (a datalist); ARIA in HTML allows it without one, which is the pattern used here.
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={tr('popup_searchPlaceholder')}
        aria-describedby={`${id}-hint`}
        aria-autocomplete="list"
        aria-expanded={rows.length > 0}
        aria-controls={rows.length > 0 ? listId : undefined}
        aria-activedescendant={activeRow ? rowDomId(activeRow) : undefined}
        value={query}
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} class="llp-hint">
        {tr('popup_searchHint')}
      </p>
      {/* data-empty: the query names no leader — `everything` when nothing else matched either, `leaders` when meetings or quotes did. */}
      <p class="llp-status" role="status" data-empty={emptyKind(state, rows.length)}>
        {statusText(state, rows.length, query, tr)}
      </p>
      {emptyKind(state, rows.length) === 'leaders' && <p class="llp-note">{tr('popup_noLeader', query.trim())}</p>}
      {rows.length > 0 && (
        <div id={listId} role="listbox" class="llp-results" aria-label={tr('popup_searchLabel')}>
          {RESULT_KINDS.map((kind) => {
            const group = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.kind === kind);
            if (group.length === 0) return null;
            return (
              <div key={kind} role="group" class="llp-group" aria-labelledby={`${id}-group-${kind}`} data-group={kind}>
                <div id={`${id}-group-${kind}`} role="presentation" class="llp-group-label">
                  {tr(GROUP_LABEL[kind])}
                </div>
                {group.map(({ row, index }) => (
                  <ResultItem
                    key={rowDomId(row)}
                    row={row}
                    active={index === active}
                    lang={lang}
                    tr={tr}
                    onOpen={onOpen}
                    onPoint={() => onActive(index)}
                  />
                ))}
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}

/**
 * Whether the answer says "no leader by that name": a wrong person is worse than none, so a query
 * that names nobody in the index says so, in place of the leaders it did not find.
 */
function emptyKind(state: SearchState, count: number): 'everything' | 'leaders' | undefined {
  if (state.status !== 'done') return undefined;
  if (count === 0) return 'everything';
  return state.results.leaders.length === 0 ? 'leaders' : undefined;
}

function statusText(state: SearchState, count: number, query: string, tr: Translate): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'searching':
      // While earlier results stay on screen the count stays too, so a screen reader is not told
      // "Searching…" on every keystroke.
      return state.previous === null ? tr('popup_searching') : tr('popup_resultCount', count);
    case 'failed':
      return tr('popup_searchFailed', state.error);
    case 'done':
      return count === 0 ? tr('popup_noResults', query.trim()) : tr('popup_resultCount', count);
  }
}
