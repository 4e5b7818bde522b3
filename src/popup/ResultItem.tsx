import { formatCorpusDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n/messages';
import { rowDomId, type ResultRow } from './result-rows';
import type { Translate } from './translate';
import { Isolated, NameList } from '../ui/card/Isolated';

interface ResultItemProps {
  row: ResultRow;
  active: boolean;
  lang: UiLanguage;
  tr: Translate;
  onOpen(row: ResultRow): void;
  onPoint(): void;
}

/**
 * One search result: an ARIA option the arrow keys make active (focus stays in the search box,
 * `aria-activedescendant` points here) and a click or Enter opens.
 */
export function ResultItem({ row, active, lang, tr, onOpen, onPoint }: ResultItemProps) {
  return (
    <div
      id={rowDomId(row)}
      role="option"
      class="llp-result"
      aria-selected={active}
      data-result-kind={row.kind}
      data-id={row.id}
      data-origin={row.kind === 'leader' ? undefined : row.hit.origin}
      onClick={() => onOpen(row)}
      onMouseMove={active ? undefined : onPoint}
    >
      <ResultText row={row} lang={lang} tr={tr} />
    </div>
  );
}

function ResultText({ row, lang, tr }: { row: ResultRow; lang: UiLanguage; tr: Translate }) {
  if (row.kind === 'leader') {
    return (
      <>
        <span class="llp-result-title"><Isolated>{row.hit.name}</Isolated></span>
        <span class="llp-result-meta">{countryName(row.hit.country, lang)}</span>
      </>
    );
  }
  const date = row.hit.date === null ? tr('common_undated') : formatCorpusDate(row.hit.date, lang);
  if (row.kind === 'meeting') {
    return (
      <>
        <span class="llp-result-title"><NameList names={row.hit.participants.map((p) => p.name)} lang={lang} /></span>
        <span class="llp-result-meta">
          {tr(`card_kind_${row.hit.kind}`)} · {date}
          {row.hit.place === null ? '' : <> · <Isolated>{row.hit.placeCountry?.[lang] ?? row.hit.place}</Isolated></>}
          {row.hit.origin && <> · <span class="llp-origin">{tr('popup_fromSaved')}</span></>}
        </span>
      </>
    );
  }
  return (
    <>
      <span class="llp-result-quote">“<Isolated>{row.hit.text}</Isolated>”</span>
      <span class="llp-result-meta">
        <NameList names={row.hit.speakers.map((p) => p.name)} lang={lang} /> · {date}
        {row.hit.origin && <> · <span class="llp-origin">{tr('popup_fromSaved')}</span></>}
      </span>
    </>
  );
}

/** "VN" → "Việt Nam" / "Vietnam": the browser knows country names in both interface languages. */
function countryName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows
  }
}
