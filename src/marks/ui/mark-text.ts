import { formatCorpusDate, t, type UiLanguage } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { MEETING_KINDS } from '../../model/kinds';
import type { WrongMark } from '../mark-types';

const QUOTE_KINDS = ['direct', 'reported', 'joint'];

/** How long an evidence sentence is shown on the options page before it is cut with "…". */
export const EXCERPT_CHARS = 240;

/**
 * What the options page says of one mark, in `lang`: a line of facts to recognise it by ("Meeting ·
 * talks · 8 Nov 2024 · from the card of Tô Lâm"), the others it was with, the sentence (cut), its
 * article, when it was marked, and the label of its Undo button. Text only: the page renders it
 * with Preact, never as HTML.
 *
 * @example
 * describeMark(mark, 'en').facts; // ['Meeting', 'talks', '8 Nov 2024', 'from the card of Tô Lâm']
 */
export function describeMark(mark: WrongMark, lang: UiLanguage) {
  const { item } = mark;
  const kind = t(mark.kind === 'meeting' ? 'options_markKind_meeting' : 'options_markKind_quote', lang);
  const known = mark.kind === 'meeting' ? (MEETING_KINDS as readonly string[]).includes(item.itemKind) : QUOTE_KINDS.includes(item.itemKind);
  // A kind this build does not know (a newer build's) is shown as stored rather than dropped.
  const itemKind = known ? t(`${mark.kind === 'meeting' ? 'card_kind' : 'card_quoteKind'}_${item.itemKind}` as MessageKey, lang) : item.itemKind;
  const date = item.date === null ? t('common_undated', lang) : formatCorpusDate(item.date, lang);
  const others = item.people.filter((person) => person.id !== mark.leaderId).map((person) => person.name);
  const source = item.sources[0];
  const facts = [kind, itemKind, date, t('options_markFrom', lang, mark.leaderName)];
  return {
    facts,
    with: others.length > 0 ? t('options_markWith', lang, others.join(', ')) : null,
    text: item.text,
    evidence: source ? excerpt(source.evidence) : null,
    article: source ? t('options_markArticle', lang, source.title || source.articleId, source.file || source.articleId) : null,
    moreSources: item.sourceCount > 1 ? t('options_markMoreSources', lang, item.sourceCount - 1) : null,
    markedAt: t('options_markedAt', lang, formatCorpusDate(localDay(mark.markedAt), lang)),
    undoLabel: t('options_markUndoLabel', lang, [kind, itemKind, date, mark.leaderName].join(', ')),
  };
}

/**
 * `text` cut to at most `max` characters at a word boundary, with "…" where it was cut.
 *
 * @example
 * excerpt('Chiều 8/11, Tổng Bí thư Tô Lâm hội đàm với …', 20); // 'Chiều 8/11, Tổng Bí…'
 */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Cut at the last space unless the cut already ends a word (or no space is near enough).
  const space = cut.lastIndexOf(' ');
  const endsWord = /\s/.test(text.charAt(max - 1));
  return `${(endsWord || space <= max / 2 ? cut : cut.slice(0, space)).trimEnd()}…`;
}

/** The reader's own calendar day of an instant (a mark made late in the evening is of that evening's day). */
function localDay(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
