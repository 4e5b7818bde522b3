import { formatCorpusDate } from '../i18n/format-date';
import type { UiLanguage } from '../i18n/messages';
import type { CardSource } from '../lookup/card';
import type { ReaderTarget } from '../ui/reader/reader-url';
import type { Translate } from './translate';
import { Isolated, withSlot } from '../ui/card/Isolated';
import { OriginalLink } from '../ui/card/OriginalLink';

interface SourceItemProps {
  source: Omit<CardSource, 'status'> & { status?: CardSource['status'] };
  lang: UiLanguage;
  tr: Translate;
  readerHref(target: ReaderTarget): string;
}

/**
 * One source: the sentence as the article writes it, and a link that opens the article in the
 * reader page at that sentence (a new tab: the popup would close on navigation anyway); where the
 * corpus gives the article's address, a link to the original on its site as well.
 */
export function SourceItem({ source, lang, tr, readerHref }: SourceItemProps) {
  const title = source.articleTitle || tr('card_untitledArticle');
  return (
    <li class="llp-source" data-article-id={source.articleId}>
      <blockquote class="llp-evidence" dir="auto">{source.evidence}</blockquote>
      <p class="llp-source-line">
        <a
          class="llp-source-link"
          href={readerHref({ articleId: source.articleId, evidence: source.evidence, lang })}
          target="_blank"
          rel="noopener"
          title={tr('card_openSourceHint')}
        >
          {withSlot((slot) => tr('popup_openSource', slot), <Isolated>{title}</Isolated>)}
        </a>
        {source.articleDate !== null && <span class="llp-source-date"> · {formatCorpusDate(source.articleDate, lang)}</span>}
        {source.status === 'referenced' && <span class="llp-source-recalled"> · {tr('card_sourceRecalled')}</span>}
        {source.original && (
          <>
            {' · '}
            <OriginalLink class="llp-original" original={source.original} tr={tr} />
          </>
        )}
      </p>
    </li>
  );
}
