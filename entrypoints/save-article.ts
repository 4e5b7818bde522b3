import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPageArticle } from '../src/saved/page-article';

// Injected into one tab when the reader saves its article (popup, context menu or keyboard):
// `scripting.executeScript({ files: ['/save-article.js'] })` from the background
// (src/saved/extract-from-tab.ts), which receives what this returns. Never listed as a content
// script: Readability stays out of the pages the reader does not save.
export default defineUnlistedScript(() => extractPageArticle(document, location.href));
