import { useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../i18n/messages';
import { t } from '../../i18n/translate';
import type { ArticleForReader } from '../../messages/protocol';
import { ReaderView, type ReaderState } from './ReaderView';

interface ReaderAppProps {
  articleId: string | null;
  evidence: string | null;
  lang: UiLanguage;
  /** Asks the background for the article (`get-article`); null when the index has no such id. */
  loadArticle: (articleId: string) => Promise<ArticleForReader | null>;
}

/** Loads the article named in the page's address and shows it (see `ReaderView`). */
export function ReaderApp({ articleId, evidence, lang, loadArticle }: ReaderAppProps) {
  const [state, setState] = useState<ReaderState>(articleId ? { kind: 'loading' } : { kind: 'no-article' });

  useEffect(() => {
    if (!articleId) return;
    let current = true;
    loadArticle(articleId).then(
      (article) => {
        if (!current) return;
        setState(article ? { kind: 'article', article, evidence } : { kind: 'unknown-article', articleId });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [articleId, evidence]);

  useEffect(() => {
    const title = state.kind === 'article' ? state.article.title : null;
    document.title = title ? `${title} · ${t('reader_pageTitle', lang)}` : t('reader_pageTitle', lang);
    document.documentElement.lang = lang;
  }, [state, lang]);

  return <ReaderView state={state} lang={lang} />;
}
