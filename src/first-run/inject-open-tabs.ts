/**
 * Puts the content script into the tabs that were already open when Leaderlens was installed or
 * updated. Chrome runs a manifest's content scripts only in pages loaded afterwards, so without
 * this, every open article stays without highlights until the reader reloads it (issue 11: "tabs
 * open before installing stay inert"); after an update, the old copy in each tab is orphaned and
 * removes itself, leaving the tab bare. Costs the `scripting` permission (README, "Permissions").
 *
 * A tab that already has a live copy keeps it (src/page/single-instance.ts), so injecting twice is
 * harmless. Tabs we may not script (browser pages, the web store, discarded tabs) are skipped one
 * by one: one refusal does not stop the rest.
 *
 * @example
 * await injectIntoOpenTabs(browser.tabs, browser.scripting, contentScriptFiles(browser.runtime.getManifest()));
 */
export async function injectIntoOpenTabs(
  tabs: { query(query: object): Promise<{ id?: number; url?: string; discarded?: boolean }[]> },
  scripting: { executeScript(injection: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown> },
  files: readonly string[],
): Promise<{ injected: number[]; failed: number[] }> {
  const injected: number[] = [];
  const failed: number[] = [];
  if (files.length === 0) return { injected, failed };
  const open = await tabs.query({});
  await Promise.all(
    open.map(async (tab) => {
      if (tab.id === undefined || tab.discarded === true || !mayHoldArticle(tab.url)) return;
      try {
        await scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [...files] });
        injected.push(tab.id);
      } catch {
        // A page we may not script, or one that closed meanwhile: nothing to do there.
        failed.push(tab.id);
      }
    }),
  );
  return { injected: injected.sort((a, b) => a - b), failed: failed.sort((a, b) => a - b) };
}

/**
 * http(s) pages only. Without the `tabs` permission the browser may hide a tab's address
 * (`url` undefined): such a tab is tried, and the browser refuses it if it is not ours to script.
 */
function mayHoldArticle(url: string | undefined): boolean {
  return url === undefined || /^https?:\/\//i.test(url);
}

/**
 * The content script's files as the built manifest lists them: WXT names the bundle at build
 * time (`content-scripts/content.js`), and reading it back here keeps the two from drifting.
 *
 * @example
 * contentScriptFiles({ content_scripts: [{ matches: ['<all_urls>'], js: ['content-scripts/content.js'] }] }); // ['content-scripts/content.js']
 */
export function contentScriptFiles(manifest: { content_scripts?: { js?: string[] }[] }): string[] {
  return (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
}
