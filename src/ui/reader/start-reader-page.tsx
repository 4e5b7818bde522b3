import { render } from 'preact';
import { resolveLanguage } from '../../i18n/resolve-language';
import { sendToBackground } from '../../messages/send-to-background';
import { ReaderApp } from './ReaderApp';
import { parseReaderUrl } from './reader-url';
import './reader.css';

/**
 * Starts the reader page (`reader.html?article=…&evidence=…[&lang=…]`) in `root`. The language comes
 * from the link (the card's language), else the browser's.
 */
export function startReaderPage(root: HTMLElement): void {
  const { articleId, evidence, lang } = parseReaderUrl(location.search);
  render(
    <ReaderApp
      articleId={articleId}
      evidence={evidence}
      lang={lang ?? resolveLanguage('auto')}
      loadArticle={(id) => sendToBackground({ type: 'get-article', articleId: id })}
    />,
    root,
  );
}
