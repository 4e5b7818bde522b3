import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/translate';
import { collectView, exportFileName } from '../../leader/collect-view';
import { recordCsv } from '../../leader/export-csv';
import { recordExportText } from '../../leader/export-json';
import { MAX_RECORD_ITEMS, type LeaderRecord, type RecordMeeting, type RecordPerson, type RecordQuote } from '../../lookup/record-types';
import type { RecordFilter } from '../../lookup/record-filter';
import { isAbortError, latestOnly } from '../../popup/latest-only';
import type { Translate } from '../card/use-language';
import { CounterpartsSection } from './CounterpartsSection';
import { ExportSection, type ExportState } from './ExportSection';
import { FilterBar } from './FilterBar';
import { LeaderHeader, SectionsNav } from './LeaderHeader';
import type { LeaderPageServices, RecordRequest } from './services';
import { leaderPageUrl, parseLeaderPageUrl } from './leader-url';
import { MEETING_ROWS, MeetingTable } from './MeetingTable';
import { OfficesSection } from './OfficesSection';
import { PairHeading } from './PairHeading';
import { QUOTE_PAGE, QuotesSection } from './QuotesSection';
import { useStableCallback } from './pure';
import { TimelineChart } from './TimelineChart';
import { useStages } from './use-stages';

/** What the page's address asks for (see `parseLeaderPageUrl`). */
export interface LeaderAddress {
  id: string | null;
  with: string | null;
  date: string | null;
  lang: 'vi' | 'en' | null;
}

interface LeaderAppProps {
  services: LeaderPageServices;
  address: LeaderAddress;
}

type Load =
  | { status: 'no-id' }
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; record: LeaderRecord };

/** How long the words box waits for the next keystroke before the filter takes its words. */
const WORDS_DELAY_MS = 250;

/**
 * The request for a record under `filter`: every timeline point, and the first page of rows and
 * of quotes. The page's first request is this one (start-leader-page.tsx sends it early).
 */
export function firstRequest(leaderId: string, pair: string | null, filter: RecordFilter = pair ? { with: pair } : {}): RecordRequest {
  return { leaderId, filter, quotes: { limit: QUOTE_PAGE }, meetings: { limit: MEETING_ROWS } };
}

/**
 * The leader page (DESIGN.md, "A leader's page"): one leader's whole record, narrowed by the
 * filters and the pair. Loads the record from the background (`get-leader-record`) for the
 * current filter, the latest request only; keeps the pair in the address (`&with=`, with the
 * browser's Back); fetches further pages of quotes and, for an export, all of them. The root
 * carries `data-leader-id`, and `data-status` (`loading`, `updating`, `ready`, `missing`,
 * `failed`, `no-id`) for tests and the bench.
 */
export function LeaderApp({ services, address }: LeaderAppProps) {
  const { lang } = services;
  const id = address.id;
  const tr = useMemo<Translate>(() => (key, ...subs) => t(key, lang, ...subs), [lang]);
  const [filter, setFilter] = useState<RecordFilter>(() => (address.with ? { with: address.with } : {}));
  const [words, setWords] = useState('');
  const [load, setLoad] = useState<Load>(id ? { status: 'loading' } : { status: 'no-id' });
  const [updating, setUpdating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [meetings, setMeetings] = useState<RecordMeeting[]>([]);
  const [quotes, setQuotes] = useState<RecordQuote[]>([]);
  const [people, setPeople] = useState<Record<string, RecordPerson>>({});
  const [loadingMore, setLoadingMore] = useState<'meetings' | 'quotes' | null>(null);
  const [exportState, setExportState] = useState<ExportState>({ status: 'idle' });
  const current = useRef<LeaderRecord | null>(null);
  const loader = useMemo(
    () => latestOnly((wanted: RecordFilter) => services.loadRecord(firstRequest(id ?? '', null, wanted))),
    [services, id],
  );

  useEffect(() => {
    if (!id) return;
    setUpdating(true);
    loader.run(filter).then(
      (record) => {
        setUpdating(false);
        setProblem(null);
        current.current = record;
        if (!record) return setLoad({ status: 'missing' });
        if (record.filter.with && !record.counterparts.some((c) => c.id === record.filter.with)) {
          // `&with=` someone this leader never met (a hand-made address): the whole record instead.
          history.replaceState(null, '', leaderPageUrl({ id, ...(address.date ? { date: address.date } : {}) }, 'leader.html'));
          setFilter((before) => tidy({ ...before, with: null }));
        }
        setLoad({ status: 'ready', record });
        setMeetings(record.meetings);
        setQuotes(record.quotes);
        setPeople(record.people);
        setExportState({ status: 'idle' });
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        setUpdating(false);
        const text = messageOf(error);
        // A record already shown stays, with the problem said above it.
        setLoad((before) => (before.status === 'ready' ? before : { status: 'failed', error: text }));
        setProblem(text);
      },
    );
  }, [loader, filter, id]);

  useEffect(() => () => loader.cancel(), [loader]);

  // The words box narrows the record a moment after the last keystroke.
  useEffect(() => {
    const wanted = words.trim();
    if (wanted === (filter.words ?? '')) return;
    const timer = setTimeout(() => setFilter((before) => tidy({ ...before, words: wanted })), WORDS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [words]);

  // The pair lives in the address: Back returns from the pair view to the whole record.
  useEffect(() => {
    const onPop = (): void => {
      const other = parseLeaderPageUrl(location.search).with;
      setFilter((before) => tidy({ ...before, with: other }));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const record = load.status === 'ready' ? load.record : null;
  const other = record && filter.with ? (record.counterparts.find((c) => c.id === filter.with) ?? null) : null;

  useEffect(() => {
    document.title = !record
      ? t(load.status === 'loading' ? 'leader_loading' : 'leader_pageTitle', lang, id ?? '')
      : other
        ? `${t('leader_pairTitle', lang, record.leader.name, other.name)} · Leaderlens`
        : t('leader_pageTitle', lang, record.leader.name);
  }, [record, other, load.status, lang, id]);

  const choosePair = (pair: string | null): void => {
    if (!id || (filter.with ?? null) === pair) return;
    setFilter((before) => tidy({ ...before, with: pair }));
    const target = { id, ...(pair ? { with: pair } : {}), ...(address.date ? { date: address.date } : {}), ...(address.lang ? { lang: address.lang } : {}) };
    history.pushState(null, '', leaderPageUrl(target, 'leader.html'));
  };

  /** The next page of rows or quotes; rows up to `until` (a point clicked further down). */
  const more = (kind: 'meetings' | 'quotes', until = 0): void => {
    if (!record || !id || loadingMore) return;
    const have = kind === 'meetings' ? meetings.length : quotes.length;
    const page = kind === 'meetings' ? MEETING_ROWS : QUOTE_PAGE;
    const limit = Math.min(MAX_RECORD_ITEMS, Math.max(page, Math.ceil((until + 1 - have) / page) * page));
    setLoadingMore(kind);
    const other = kind === 'meetings' ? 'quotes' : 'meetings';
    services.loadRecord({ leaderId: id, filter: record.filter, [kind]: { offset: have, limit }, [other]: { limit: 0 } }).then(
      (next) => {
        setLoadingMore(null);
        if (!next || current.current !== record) return;
        if (kind === 'meetings') setMeetings((shown) => [...shown, ...next.meetings]);
        else setQuotes((shown) => [...shown, ...next.quotes]);
        setPeople((named) => ({ ...named, ...next.people }));
      },
      (error: unknown) => {
        setLoadingMore(null);
        setProblem(messageOf(error));
      },
    );
  };

  const exportView = async (format: 'csv' | 'json'): Promise<void> => {
    if (!record || !id) return;
    setExportState({ status: 'working' });
    try {
      const view = await collectView(
        record,
        { meetings, quotes, people },
        (kind, offset, limit) =>
          services.loadRecord({ leaderId: id, filter: record.filter, [kind]: { offset, limit }, [kind === 'meetings' ? 'quotes' : 'meetings']: { limit: 0 } }),
        MAX_RECORD_ITEMS,
      );
      const fileName = exportFileName(record, services.today(), format);
      if (format === 'csv') services.download(recordCsv(view), fileName, 'text/csv;charset=utf-8');
      else services.download(recordExportText(view), fileName, 'application/json;charset=utf-8');
      setExportState({ status: 'done', fileName, meetings: view.meetings.length, quotes: view.quotes.length });
    } catch (error) {
      setExportState({ status: 'failed', error: messageOf(error) });
    }
  };

  if (!record) {
    return (
      <main class="lp lp-message" data-leader-id={id ?? ''} data-status={load.status}>
        {load.status === 'loading' && <p role="status">{tr('leader_loading')}</p>}
        {load.status === 'no-id' && <p role="alert">{tr('leader_noLeader')}</p>}
        {load.status === 'missing' && <p role="alert">{tr('leader_unknownLeader', id ?? '')}</p>}
        {load.status === 'failed' && <p role="alert">{tr('leader_loadFailed', load.error)}</p>}
      </main>
    );
  }
  return (
    <RecordPage
      key={record.leader.id}
      record={record}
      meetings={meetings}
      quotes={quotes}
      filter={filter}
      words={words}
      other={other}
      updating={updating}
      problem={problem}
      loadingMore={loadingMore}
      exportState={exportState}
      pageDate={address.date}
      services={services}
      tr={tr}
      onFilter={(patch) => {
        if ('with' in patch) choosePair(patch.with ?? null);
        else setFilter((before) => tidy({ ...before, ...patch }));
      }}
      onWords={setWords}
      onClear={() => {
        setWords('');
        setFilter((before) => tidy({ with: before.with ?? null }));
      }}
      onChoose={choosePair}
      onMore={more}
      onExport={(format) => void exportView(format)}
    />
  );
}

interface RecordPageProps {
  record: LeaderRecord;
  /** The rows fetched so far (a page, then more). */
  meetings: RecordMeeting[];
  quotes: RecordQuote[];
  filter: RecordFilter;
  words: string;
  other: LeaderRecord['counterparts'][number] | null;
  updating: boolean;
  problem: string | null;
  loadingMore: 'meetings' | 'quotes' | null;
  exportState: ExportState;
  pageDate: string | null;
  services: LeaderPageServices;
  tr: Translate;
  onFilter(patch: Partial<RecordFilter>): void;
  onWords(words: string): void;
  onClear(): void;
  onChoose(id: string | null): void;
  onMore(kind: 'meetings' | 'quotes', until?: number): void;
  onExport(format: 'csv' | 'json'): void;
}

/**
 * The record once loaded, drawn in stages (useStages, `STAGES`), one task each at least: the
 * header first (the first render: the sections' headings only); then the filters (a select of
 * every counterpart); the offices; the list of counterparts (in chunks); the timeline's points
 * (in chunks); its rows; the quotes (both in chunks); then the network, laid out in a worker
 * (layout-off-thread.ts) and drawn in chunks. So no single task of drawing a leader with
 * thousands of meetings comes near 50 ms. Each stage is a render of this component, so the
 * sections are pure (pure.ts) and long lists are drawn as pure chunks (Chunks.tsx): a stage
 * renders what it adds, not the page again.
 */
function RecordPage(props: RecordPageProps) {
  const { record, meetings, quotes, filter, other, updating, services, tr } = props;
  const { lang } = services;
  const stage = useStages(STAGES.network);
  const [laidOut, setLaidOut] = useState(record.counterparts.length === 0);
  const [reveal, setReveal] = useState<{ id: string; seq: number } | null>(null);
  const [rowsDrawn, setRowsDrawn] = useState(false);
  const [quotesDrawn, setQuotesDrawn] = useState(false);
  const [listDrawn, setListDrawn] = useState(record.counterparts.length === 0);
  const [pointsDrawn, setPointsDrawn] = useState(false);
  const ready = stage >= STAGES.network && laidOut && listDrawn && pointsDrawn && rowsDrawn && quotesDrawn && !updating;
  // A new record (another filter) starts the table from its first page again.
  const tableKey = useMemo(() => ++tableVersions, [record]);
  const names = useMemo(() => new Map(record.counterparts.map((c) => [c.id, c.name])), [record.counterparts]);
  const leaderName = record.leader.name;
  const otherPerson = useMemo(
    () => (other ? (record.people[other.id] ?? { ...other, aliases: [], origin: 'registry' as const }) : null),
    [other, record.people],
  );
  // The sections are pure (pure.ts): each stage draws what it adds, not the whole page again,
  // so their handlers keep their identity from one render to the next.
  const onFilter = useStableCallback(props.onFilter);
  const onWords = useStableCallback(props.onWords);
  const onClear = useStableCallback(props.onClear);
  const onChoose = useStableCallback(props.onChoose);
  const onExport = useStableCallback(props.onExport);
  const onBack = useStableCallback(() => props.onChoose(null));
  const onLaidOut = useStableCallback(() => setLaidOut(true));
  const onMoreMeetings = useStableCallback(() => props.onMore('meetings'));
  const onMoreQuotes = useStableCallback(() => props.onMore('quotes'));
  const onPick = useStableCallback((id: string) => {
    const at = record.points.findIndex((point) => point.id === id);
    if (at >= meetings.length) props.onMore('meetings', at);
    setReveal((before) => ({ id, seq: (before?.seq ?? 0) + 1 }));
  });
  return (
    <div class="lp" data-leader-id={record.leader.id} data-status={ready ? 'ready' : updating ? 'updating' : 'drawing'} aria-busy={!ready}>
      <LeaderHeader record={record} pageDate={props.pageDate} lang={lang} tr={tr} />
      <SectionsNav tr={tr} />
      <main class="lp-main">
        {props.problem && (
          <p class="lp-problem" role="alert">
            {tr('leader_loadFailed', props.problem)}
          </p>
        )}
        {stage >= STAGES.filters ? (
          <FilterBar record={record} filter={filter} words={props.words} onChange={onFilter} onWords={onWords} onClear={onClear} updating={updating} tr={tr} />
        ) : (
          <section class="lp-filters" aria-labelledby="lp-filters-title">
            <h2 id="lp-filters-title">{tr('leader_filtersHeading')}</h2>
          </section>
        )}
        {other && <PairHeading leader={record.leader} other={other} onBack={onBack} lang={lang} tr={tr} pageHref={services.pageHref} />}
        {stage >= STAGES.offices ? (
          <OfficesSection offices={record.offices} leaderName={leaderName} today={services.today()} lang={lang} tr={tr} />
        ) : (
          <section class="lp-section" id="lp-offices" data-section="offices" aria-labelledby="lp-offices-title">
            <h2 id="lp-offices-title">{tr('leader_officesHeading')}</h2>
          </section>
        )}
        <CounterpartsSection
          counterparts={record.counterparts}
          leaderName={leaderName}
          chosen={filter.with ?? null}
          onChoose={onChoose}
          onLaidOut={onLaidOut}
          onListDrawn={setListDrawn}
          list={stage >= STAGES.counterparts}
          layOut={stage >= STAGES.network}
          lang={lang}
          tr={tr}
          pageHref={services.pageHref}
        />
        <section class="lp-section" id="lp-timeline" data-section="timeline" aria-labelledby="lp-timeline-title">
          <h2 id="lp-timeline-title">{tr('leader_timelineHeading')}</h2>
          {stage >= STAGES.chart && (
            <TimelineChart
              points={record.points}
              names={names}
              pageDate={props.pageDate}
              leaderName={leaderName}
              lang={lang}
              tr={tr}
              onPick={onPick}
              onDrawn={setPointsDrawn}
            />
          )}
          {stage >= STAGES.rows && (
            <MeetingTable
              key={tableKey}
              meetings={meetings}
              total={record.meetingPage.total}
              loadingMore={props.loadingMore === 'meetings'}
              onMore={onMoreMeetings}
              onDrawn={setRowsDrawn}
              lang={lang}
              tr={tr}
              readerHref={services.readerHref}
              pageHref={services.pageHref}
              reveal={reveal}
            />
          )}
        </section>
        {stage >= STAGES.quotes ? (
          <QuotesSection
            quotes={quotes}
            total={record.quotePage.total}
            leader={record.leader}
            other={otherPerson}
            loadingMore={props.loadingMore === 'quotes'}
            onMore={onMoreQuotes}
            onDrawn={setQuotesDrawn}
            lang={lang}
            tr={tr}
            readerHref={services.readerHref}
          />
        ) : (
          <section class="lp-section" id="lp-quotes" data-section="quotes" aria-labelledby="lp-quotes-title">
            <h2 id="lp-quotes-title">{tr('leader_quotesHeading')}</h2>
          </section>
        )}
        <ExportSection state={props.exportState} onExport={onExport} tr={tr} />
      </main>
    </div>
  );
}

let tableVersions = 0;

/** The order the page is drawn in, one task each at least: each stage waits for the one before. */
const STAGES = { filters: 1, offices: 2, counterparts: 3, chart: 4, rows: 5, quotes: 6, network: 7 } as const;

/** The filter without empty fields: what the address, the request and equality checks see. */
function tidy(filter: RecordFilter): RecordFilter {
  return {
    ...(filter.with ? { with: filter.with } : {}),
    ...(filter.year != null ? { year: filter.year } : {}),
    ...(filter.meetingKind ? { meetingKind: filter.meetingKind } : {}),
    ...(filter.quoteKind ? { quoteKind: filter.quoteKind } : {}),
    ...(filter.words ? { words: filter.words } : {}),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
