import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Card, CardPerson } from '../lookup/card';
import type { MeetingHit, QuoteHit } from '../lookup/search';
import { CardView } from '../ui/card/CardView';
import { loadLeaderCard, loadMeetingDetail, loadQuoteDetail, type MeetingDetail, type QuoteDetail } from './detail-data';
import { MeetingDetailView } from './MeetingDetailView';
import { QuoteDetailView } from './QuoteDetailView';
import type { PopupServices } from './services';
import type { Translate } from './translate';

/** What a detail view shows: a leader's card (as of the tab's date when opened from the tab), a meeting or a quote. */
export type Opened =
  | { kind: 'leader'; id: string; pageDate: string | null; pageLeaderIds: string[] }
  | { kind: 'meeting'; id: string; hit: MeetingHit }
  | { kind: 'quote'; id: string; hit: QuoteHit };

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; error: string }
  | { status: 'leader'; card: Card }
  | { status: 'meeting'; detail: MeetingDetail }
  | { status: 'quote'; detail: QuoteDetail };

interface DetailPanelProps {
  opened: Opened;
  services: PopupServices;
  tr: Translate;
  onBack(): void;
  onOpenLeader(person: CardPerson): void;
}

/**
 * The detail of one result, with a way back to the search (the button, or Escape). Focus moves into
 * the detail when it is shown, so a keyboard reader lands on what they opened.
 */
export function DetailPanel({ opened, services, tr, onBack, onOpenLeader }: DetailPanelProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const headingId = useId();
  const backRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    load(opened, services).then(
      (result) => live && setLoaded(result),
      (error: unknown) => live && setLoaded({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [opened, services]);

  // A layout effect, like the search box's: focus moves in the task that shows the detail, so no
  // key pressed before the next paint goes to <body>.
  useLayoutEffect(() => {
    if (loaded.status === 'meeting' || loaded.status === 'quote') document.getElementById(headingId)?.focus();
    else if (loaded.status !== 'leader') backRef.current?.focus();
    // The leader's card focuses itself (focusOnOpen).
  }, [loaded.status, headingId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onBack();
    }
  };

  return (
    <div class="llp-detail-panel" data-detail-kind={opened.kind} data-detail-id={opened.id} onKeyDown={onKeyDown}>
      <button ref={backRef} type="button" class="llp-back" onClick={onBack}>
        ← {tr('popup_back')}
      </button>
      {loaded.status === 'loading' && <p role="status">{tr('popup_detailLoading')}</p>}
      {loaded.status === 'missing' && <p role="status">{tr('popup_detailMissing')}</p>}
      {loaded.status === 'failed' && <p role="alert">{tr('popup_detailFailed', loaded.error)}</p>}
      {loaded.status === 'leader' && (
        <CardView
          card={loaded.card}
          language={services.lang}
          onClose={onBack}
          focusOnOpen
          // An extension page: the leader page opens as a plain link in a new tab, no background needed.
          record={{ href: (id, pageDate) => services.leaderHref({ id, lang: services.lang, ...(pageDate ? { date: pageDate } : {}) }) }}
        />
      )}
      {loaded.status === 'meeting' && (
        <MeetingDetailView
          detail={loaded.detail}
          headingId={headingId}
          lang={services.lang}
          tr={tr}
          readerHref={services.readerHref}
          onOpenLeader={onOpenLeader}
        />
      )}
      {loaded.status === 'quote' && (
        <QuoteDetailView
          detail={loaded.detail}
          headingId={headingId}
          lang={services.lang}
          tr={tr}
          readerHref={services.readerHref}
          onOpenLeader={onOpenLeader}
        />
      )}
    </div>
  );
}

async function load(opened: Opened, services: PopupServices): Promise<Loaded> {
  if (opened.kind === 'leader') {
    const card = await loadLeaderCard(services.getCard, opened.id, opened.pageDate, opened.pageLeaderIds);
    return card ? { status: 'leader', card } : { status: 'missing' };
  }
  if (opened.kind === 'meeting') {
    const detail = await loadMeetingDetail(services.getCard, opened.hit);
    return detail ? { status: 'meeting', detail } : { status: 'missing' };
  }
  const detail = await loadQuoteDetail(services.getCard, opened.hit);
  return detail ? { status: 'quote', detail } : { status: 'missing' };
}
