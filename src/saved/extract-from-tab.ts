import { z } from 'zod';
import type { PageArticle } from './article-file-text';
import { MAX_ARTICLE_BYTES } from './check-article-file';

/** The part of `browser.scripting` this module uses, so tests can pass a stand-in. */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<{ result?: unknown }[]>;
}

/** The unlisted script that runs Readability in the tab (entrypoints/save-article.ts), by its packaged path. */
export const SAVE_ARTICLE_SCRIPT = '/save-article.js';

/** A page's article, or why there is none: `no-access` (the tab is closed to extensions), `no-article`. */
export type TabExtraction = { ok: true; article: PageArticle; ms: number } | { ok: false; code: 'no-access' | 'no-article'; reason: string };

const text = (max: number) => z.string().max(max);
// What the injected script returns is checked like any message: it was made in a page's process.
const extraction = z.union([
  z.object({
    ok: z.literal(true),
    ms: z.number(),
    article: z.object({
      title: text(2000),
      paragraphs: z.array(text(MAX_ARTICLE_BYTES)).max(20_000),
      url: text(10_000),
      siteName: text(500).nullable(),
      published: text(10).nullable(),
      lang: text(50).nullable(),
    }),
  }),
  z.object({ ok: z.literal(false), reason: text(1000) }),
]);

/**
 * Takes the article out of tab `tabId`'s top frame: injects the Readability script there
 * (`scripting.executeScript`, which the extension may do in any http(s) tab: it holds host
 * access for its content script, README "Permissions"), and checks what it returns. A tab no
 * extension may read (browser pages, the web stores) or one gone meanwhile is `no-access`, with the
 * browser's reason.
 *
 * @example
 * await extractFromTab(browser.scripting, 42); // { ok: true, article: { title, paragraphs, … }, ms: 38 }
 */
export async function extractFromTab(scripting: ScriptingApi, tabId: number): Promise<TabExtraction> {
  let results: { result?: unknown }[];
  try {
    results = await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SAVE_ARTICLE_SCRIPT] });
  } catch (error) {
    return { ok: false, code: 'no-access', reason: error instanceof Error ? error.message : String(error) };
  }
  const parsed = extraction.safeParse(results[0]?.result);
  if (!parsed.success) return { ok: false, code: 'no-article', reason: 'reader mode gave nothing Leaderlens can read on this page' };
  const value = parsed.data;
  if (!value.ok) return { ok: false, code: 'no-article', reason: value.reason };
  const size = value.article.paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (size > MAX_ARTICLE_BYTES) return { ok: false, code: 'no-article', reason: `the article is too large (${size} characters; at most ${MAX_ARTICLE_BYTES})` };
  return { ok: true, article: value.article, ms: value.ms };
}
