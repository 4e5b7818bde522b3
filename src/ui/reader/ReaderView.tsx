import { useEffect, useRef } from 'preact/hooks';
import { formatCorpusDate } from '../../i18n/format-date';
import type { UiLanguage } from '../../i18n/messages';
import { t } from '../../i18n/translate';
import type { ArticleForReader } from '../../messages/protocol';
import { OriginalLink } from '../card/OriginalLink';
import { findEvidence, type EvidenceSpot } from './find-evidence';

/** What the reader page has to show. */
export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'no-article' }
  | { kind: 'unknown-article'; articleId: string }
  | { kind: 'failed'; error: string }
  | { kind: 'article'; article: ArticleForReader; evidence: string | null };

interface ReaderViewProps {
  state: ReaderState;
  lang: UiLanguage;
}

/**
 * The reader page's content: an article of the corpus with the evidence sentence in a `<mark>`,
 * scrolled into view and focused (so a screen reader starts there), or a message that says what
 * went wrong. Text is rendered as text: corpus content never becomes markup. Under the title and
 * date, a link to the original on its own site where the corpus gives the article's address.
 */
export function ReaderView({ state, lang }: ReaderViewProps) {
  switch (state.kind) {
    case 'loading':
      return <p class="reader-status" role="status">{t('reader_loading', lang)}</p>;
    case 'no-article':
      return <p class="reader-status reader-problem" role="alert">{t('reader_noArticle', lang)}</p>;
    case 'unknown-article':
      return <p class="reader-status reader-problem" role="alert">{t('reader_unknownArticle', lang, state.articleId)}</p>;
    case 'failed':
      return <p class="reader-status reader-problem" role="alert">{t('reader_loadFailed', lang, state.error)}</p>;
    case 'article':
      return <ArticleText article={state.article} evidence={state.evidence} lang={lang} />;
  }
}

function ArticleText({ article, evidence, lang }: { article: ArticleForReader; evidence: string | null; lang: UiLanguage }) {
  const texts = article.paragraphs.map((paragraph) => paragraph.text.normalize('NFC'));
  const spot = evidence ? findEvidence(texts, evidence) : null;
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const mark = markRef.current;
    if (!mark) return;
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center' });
  }, [article.id, evidence]);

  return (
    <article class="reader-article" data-article-id={article.id}>
      <h1 class="reader-title" dir="auto">{article.title}</h1>
      <p class="reader-date">
        {article.date ? t('reader_published', lang, formatCorpusDate(article.date, lang)) : t('reader_noDate', lang)}
        {article.date && article.dateInferred && (
          <span class="reader-inferred" title={t('common_dateInferredExplain', lang)}>
            {t('common_dateInferred', lang)}
          </span>
        )}
      </p>
      {article.original && (
        <p class="reader-original">
          <OriginalLink original={article.original} tr={(key, ...subs) => t(key, lang, ...subs)} />
        </p>
      )}
      {evidence && spot && <p class="reader-note">{t('reader_evidenceNote', lang)}</p>}
      {evidence && !spot && (
        <div class="reader-note reader-problem" role="note">
          <p>{t('reader_evidenceMissing', lang)}</p>
          <blockquote class="reader-missing-evidence">{evidence}</blockquote>
        </div>
      )}
      {texts.map((text, index) => (
        <p class="reader-paragraph" dir="auto" key={index}>
          {spot && spot.paragraph === index ? <Highlighted text={text} spot={spot} markRef={markRef} /> : text}
        </p>
      ))}
    </article>
  );
}

function Highlighted({ text, spot, markRef }: { text: string; spot: EvidenceSpot; markRef: { current: HTMLElement | null } }) {
  return (
    <>
      {text.slice(0, spot.start)}
      <mark class="reader-evidence" data-evidence="" tabIndex={-1} ref={markRef}>
        {text.slice(spot.start, spot.end)}
      </mark>
      {text.slice(spot.end)}
    </>
  );
}
