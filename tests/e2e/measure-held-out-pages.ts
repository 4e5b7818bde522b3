// Node-only: the held-out articles as news pages in the real Chromium with the BUILT extension,
// scored with src/eval. Shared by `npm run held-out:pages` (src/cli/held-out-pages.ts) and
// tests/e2e/held-out-pages.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitHeader } from '../../src/corpus/read-header';
import { articlePage, articleParagraphs } from '../../src/eval/article-page';
import { readGold } from '../../src/eval/read-gold';
import { scorePageMentions, type PageScore } from '../../src/eval/score-page-mentions';
import { readRegistryFile } from '../../src/registry/read-registry-file';
import { launchExtension } from './harness';
import { completeMentions, domBeforeAndAfter } from './pages/page-helpers';

const root = join(import.meta.dirname, '..', '..');

/** One article page as the extension left it. */
export interface PageRun {
  score: PageScore;
  /** The page's DOM, less our one host, is what the parser made of its HTML. */
  domUntouched: boolean;
  /** `leaderlens-` hosts on the page (at most one is allowed). */
  hosts: number;
  /** Uncaught errors of the page (Playwright `pageerror`). */
  pageErrors: string[];
  /** `console.error` messages the page's console received. */
  consoleErrors: string[];
  /** `published` of the answer equals the gold date written in the page's meta. */
  publishedRight: boolean;
}

/** A half of the held-out set (`tune`, `test`), page by page. */
export interface HalfRun {
  half: string;
  pages: PageRun[];
}

/**
 * Loads every article of the given halves of tests/fixtures/held-out as a page (see
 * `articlePage`), served from 127.0.0.1 by the e2e harness, in one Chromium with the built
 * extension (`.output/chrome-mv3`, which must be current), asks `page-mentions` once the first
 * scan is complete, checks the DOM and scores the answer against the gold with the project's
 * registry (`corpus/leaders.json`). Pages are opened one at a time, each in a fresh tab.
 */
export async function measureHeldOutPages(halves: readonly string[], onPage?: (half: string, run: PageRun) => void): Promise<HalfRun[]> {
  const registry = readRegistryFile(join(root, 'corpus', 'leaders.json'));
  const articles = halves.flatMap((half) => {
    const dir = join(root, 'tests/fixtures/held-out', half);
    return readGold(dir).map((gold) => {
      const text = splitHeader(readFileSync(join(dir, 'articles', gold.file), 'utf8')).text;
      const html = articlePage({ text, published: gold.date, language: gold.language });
      return { half, gold, text: articleParagraphs(text).join('\n'), html, path: `/${half}/${gold.file.replace(/\.txt$/, '')}.html` };
    });
  });
  const session = await launchExtension(Object.fromEntries(articles.map((a) => [a.path, a.html])));
  const runs = new Map<string, PageRun[]>(halves.map((h) => [h, []]));
  try {
    for (const article of articles) {
      const page = await session.context.newPage();
      const pageErrors: string[] = [];
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto(`${session.origin}${article.path}`);
      const answer = await completeMentions(session);
      if (answer.url !== `${session.origin}${article.path}`) throw new Error(`leaderlens held-out pages: asked ${article.path}, answered by ${answer.url}`);
      const dom = await domBeforeAndAfter(page, article.html);
      await page.close();
      const run: PageRun = {
        score: scorePageMentions({
          file: article.gold.file,
          language: article.gold.language,
          text: article.text,
          gold: article.gold,
          registry: registry.leaders,
          mentions: answer.mentions,
        }),
        domUntouched: dom.before === dom.after,
        hosts: dom.hosts,
        pageErrors,
        consoleErrors,
        publishedRight: answer.published === article.gold.date,
      };
      runs.get(article.half)!.push(run);
      onPage?.(article.half, run);
    }
  } finally {
    await session.close();
  }
  return halves.map((half) => ({ half, pages: runs.get(half)! }));
}
