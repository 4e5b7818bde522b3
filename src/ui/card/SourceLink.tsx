import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import type { CardSource } from '../../lookup/card';
import type { SourceLinks } from './card-props';
import { Isolated } from './Isolated';
import { OriginalLink } from './OriginalLink';
import type { Translate } from './use-language';
import { gestureToken } from './user-gesture';

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
 *
 * Only the reader's own click opens it (`event.isTrusted`, see user-gesture.ts): a page calling
 * `.click()` on the link gets nothing, not even a jump to `#`. A middle click (`auxclick`) is a
 * click too, so it opens the source as well instead of opening the page itself at `#`.
 *
 * Where the corpus file gives the article's address, a plain link to the original follows
 * (OriginalLink.tsx): the site's own page, which the browser opens when the reader clicks it.
 */
export function SourceLink({ source, links, lang, tr }: SourceLinkProps) {
  const target = { articleId: source.articleId, evidence: source.evidence, lang };
  const open = (event: MouseEvent): void => {
    event.preventDefault();
    if (event.type === 'auxclick' && event.button !== 1) return;
    const gesture = gestureToken(event);
    if (gesture) links.open(target, gesture);
  };
  return (
    <span class="ll-source">
      <a
        class="ll-source-link"
        href={links.href(target)}
        title={tr('card_openSourceHint')}
        onClick={open}
        onAuxClick={open}
      >
        {source.articleTitle ? <Isolated>{source.articleTitle}</Isolated> : tr('card_untitledArticle')}
      </a>
      {source.articleDate && (
        <time class="ll-source-date" dateTime={source.articleDate}>
          {formatCorpusDate(source.articleDate, lang)}
        </time>
      )}
      {source.status === 'referenced' && <span class="ll-source-status">{tr('card_sourceRecalled')}</span>}
      {source.original && <OriginalLink original={source.original} tr={tr} />}
    </span>
  );
}
