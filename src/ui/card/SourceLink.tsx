import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { CardSource } from '../../lookup/card';
import type { SourceLinks } from './card-props';
import type { Translate } from './use-language';

interface SourceLinkProps {
  source: Omit<CardSource, 'status'> & { status?: CardSource['status'] };
  links: SourceLinks;
  lang: UiLanguage;
  tr: Translate;
}

/**
 * One source of a meeting or quote: the article's title (and date) as a link to the reader page
 * at the evidence sentence. A real `<a href>` so it is announced and reached as a link; the click
 * goes through `links.open` because a page may not open an extension page itself.
 */
export function SourceLink({ source, links, lang, tr }: SourceLinkProps) {
  const target = { articleId: source.articleId, evidence: source.evidence, lang };
  const open = (event: MouseEvent): void => {
    event.preventDefault();
    links.open(target);
  };
  return (
    <span class="ll-source">
      <a
        class="ll-source-link"
        href={links.href(target)}
        title={tr('card_openSourceHint')}
        target="_blank"
        rel="noopener noreferrer"
        onClick={open}
      >
        {source.articleTitle || tr('card_untitledArticle')}
      </a>
      {source.articleDate && (
        <time class="ll-source-date" dateTime={source.articleDate}>
          {formatCorpusDate(source.articleDate, lang)}
        </time>
      )}
      {source.status === 'referenced' && <span class="ll-source-status">{tr('card_sourceRecalled')}</span>}
    </span>
  );
}
