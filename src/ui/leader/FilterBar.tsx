import type { LeaderRecord } from '../../lookup/record-types';
import type { RecordFilter } from '../../lookup/record-filter';
import { MEETING_KINDS, type MeetingKind, type QuoteKind } from '../../model/kinds';
import type { Translate } from '../card/use-language';
import { pure } from './pure';

interface FilterBarProps {
  record: LeaderRecord;
  filter: RecordFilter;
  /** The words box as typed (the filter takes them a moment later). */
  words: string;
  onChange(patch: Partial<RecordFilter>): void;
  onWords(words: string): void;
  onClear(): void;
  updating: boolean;
  tr: Translate;
}

const QUOTE_KINDS: QuoteKind[] = ['direct', 'reported', 'joint'];

/**
 * Narrows the record: a counterpart (the pair view), a year, a kind of meeting, a kind of quote,
 * words in the text (with or without diacritics). Native labelled controls, so the keyboard and
 * a screen reader need nothing more; what is in view is said in a live status.
 */
export const FilterBar = pure(function FilterBar({ record, filter, words, onChange, onWords, onClear, updating, tr }: FilterBarProps) {
  return (
    <section class="lp-filters" aria-labelledby="lp-filters-title">
      <h2 id="lp-filters-title">{tr('leader_filtersHeading')}</h2>
      <div class="lp-filter-fields">
        <label>
          <span>{tr('leader_filterWith')}</span>
          <select data-filter="with" value={filter.with ?? ''} onChange={(event) => onChange({ with: event.currentTarget.value || null })}>
            <option value="">{tr('leader_filterAnyone')}</option>
            {record.counterparts.map((counterpart) => (
              <option key={counterpart.id} value={counterpart.id}>
                {counterpart.name} ({counterpart.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{tr('leader_filterYear')}</span>
          <select
            data-filter="year"
            value={filter.year == null ? '' : String(filter.year)}
            onChange={(event) => onChange({ year: event.currentTarget.value ? Number(event.currentTarget.value) : null })}
          >
            <option value="">{tr('leader_filterAnyYear')}</option>
            {record.years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{tr('leader_filterMeetingKind')}</span>
          <select
            data-filter="meeting-kind"
            value={filter.meetingKind ?? ''}
            onChange={(event) => onChange({ meetingKind: (event.currentTarget.value || null) as MeetingKind | null })}
          >
            <option value="">{tr('leader_filterAnyKind')}</option>
            {MEETING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tr(`card_kind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{tr('leader_filterQuoteKind')}</span>
          <select
            data-filter="quote-kind"
            value={filter.quoteKind ?? ''}
            onChange={(event) => onChange({ quoteKind: (event.currentTarget.value || null) as QuoteKind | null })}
          >
            <option value="">{tr('leader_filterAnyKind')}</option>
            {QUOTE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tr(`card_quoteKind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="lp-words">
          <span>{tr('leader_filterWords')}</span>
          <input
            type="search"
            data-filter="words"
            value={words}
            maxLength={200}
            aria-describedby="lp-words-hint"
            onInput={(event) => onWords(event.currentTarget.value)}
          />
        </label>
        <button type="button" class="lp-clear" data-action="clear-filters" onClick={onClear}>
          {tr('leader_filterClear')}
        </button>
      </div>
      <p id="lp-words-hint" class="lp-hint">
        {tr('leader_filterWordsHint')}
      </p>
      <p class="lp-in-view" role="status" data-in-view="">
        {updating ? tr('leader_updating') : tr('leader_inView', record.meetings.length, record.quotePage.total)}
      </p>
    </section>
  );
});
