import { formatCorpusDate, formatList } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { CardOffice } from '../../lookup/card';
import type { BriefCard } from '../../lookup/card-brief';
import { precisionOf } from '../../model/partial-date';
import type { RecordLink } from './card-props';
import { Isolated } from './Isolated';
import type { Translate } from './use-language';
import { gestureToken } from './user-gesture';

interface CardHeaderProps {
  card: BriefCard;
  headingId: string;
  lang: UiLanguage;
  tr: Translate;
  onClose: (() => void) | undefined;
  record: RecordLink;
}

/** Name as the registry writes it, country, and the offices held on the page's date. */
export function CardHeader({ card, headingId, lang, tr, onClose, record }: CardHeaderProps) {
  const offices = card.offices.map((office) => officeText(office, lang, tr));
  // Without a current office, what they were (the latest two terms) says more than "none".
  const former = card.formerOffices.slice(0, 2).map((office) => formerText(office, lang, tr));
  const asOf = formatCorpusDate(card.referenceDate, lang);
  const id = card.leader.id;
  const pageDate = card.pageDateKnown ? card.referenceDate : null;
  // As a source link: in a web page only the reader's own click opens it (user-gesture.ts).
  const open = (event: MouseEvent): void => {
    if (!record.open) return;
    event.preventDefault();
    const gesture = gestureToken(event);
    if (gesture) record.open(id, pageDate, lang, gesture);
  };
  return (
    <header class="ll-header">
      <div class="ll-title-row">
        <h2 class="ll-name" id={headingId}>
          <Isolated>{card.leader.name}</Isolated>
        </h2>
        {onClose && (
          <button type="button" class="ll-close" aria-label={tr('common_close')} title={tr('common_close')} onClick={onClose}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M3 3 L13 13 M13 3 L3 13" />
            </svg>
          </button>
        )}
      </div>
      <p class="ll-country">{card.leader.countryName[lang]}</p>
      {offices.length > 0 ? (
        <p class="ll-offices">{formatList(offices, lang)}</p>
      ) : former.length > 0 ? (
        <p class="ll-offices ll-former">{formatList(former, lang)}</p>
      ) : (
        <p class="ll-offices ll-empty">{tr('card_officesNone')}</p>
      )}
      {card.leader.foundTitle !== undefined &&
        (card.leader.foundInSaved ? (
          <p class="ll-found" data-found-in-corpus="" data-found-in-saved="">
            {tr('card_foundInSaved', card.leader.foundTitle)}
          </p>
        ) : (
          <p class="ll-found" data-found-in-corpus="">
            {tr('card_foundInCorpus', card.leader.foundTitle)}
          </p>
        ))}
      <p class="ll-as-of ll-source">
        {card.pageDateKnown ? tr('card_referenceDate', asOf) : tr('card_referenceToday', asOf)}
        <a href={record.href(id, pageDate)} target="_blank" data-action="full-record" onClick={open}>
          {tr('card_fullRecord')}
        </a>
      </p>
    </header>
  );
}

/**
 * A current office; one whose start the registry knows only by month or year says so ("President
 * (since April 2026)"), since the card counts it only from the days that period certainly covers.
 */
function officeText(office: CardOffice, lang: UiLanguage, tr: Translate): string {
  const title = office.title[lang];
  if (office.start === null || precisionOf(office.start) === 'day') return title;
  return tr('card_officeSince', title, formatCorpusDate(office.start, lang));
}

/** "former President, 2021–2023": the years of the term as far as the registry knows them (the end is known for a former office). */
function formerText(office: CardOffice, lang: UiLanguage, tr: Translate): string {
  const from = office.start?.slice(0, 4);
  const to = office.end?.slice(0, 4) ?? '';
  // Without a known start, "2024" alone would read as a one-year term: say "until 2024".
  if (!from) return tr('card_formerOfficeUntil', office.title[lang], to);
  return tr('card_formerOffice', office.title[lang], from === to ? from : `${from}–${to}`);
}
