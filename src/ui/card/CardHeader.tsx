import { formatCorpusDate, formatList } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { Card } from '../../lookup/card';
import { Isolated } from './Isolated';
import type { Translate } from './use-language';

interface CardHeaderProps {
  card: Card;
  headingId: string;
  lang: UiLanguage;
  tr: Translate;
  onClose: (() => void) | undefined;
}

/** Name as the registry writes it, country, and the offices held on the page's date. */
export function CardHeader({ card, headingId, lang, tr, onClose }: CardHeaderProps) {
  const offices = card.offices.map((office) => office.title[lang]);
  const asOf = formatCorpusDate(card.referenceDate, lang);
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
      ) : (
        <p class="ll-offices ll-empty">{tr('card_officesNone')}</p>
      )}
      {card.leader.foundTitle !== undefined && (
        <p class="ll-found" data-found-in-corpus="">
          {tr('card_foundInCorpus', card.leader.foundTitle)}
        </p>
      )}
      <p class="ll-as-of">{card.pageDateKnown ? tr('card_referenceDate', asOf) : tr('card_referenceToday', asOf)}</p>
    </header>
  );
}
