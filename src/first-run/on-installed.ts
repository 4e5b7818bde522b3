/**
 * What the background does when the browser installs or updates Leaderlens: the welcome page on a
 * first install only (an update or a browser update opens nothing: a tab the reader did not ask
 * for is tolerated once, at install), and the content script into open tabs on install and update.
 * Chrome's `runtime.onInstalled` reasons: 'install', 'update', 'chrome_update', 'shared_module_update'.
 *
 * @example
 * browser.runtime.onInstalled.addListener((details) => void onInstalled(details, deps));
 */
export async function onInstalled(
  details: { reason: string },
  deps: { openWelcome(): Promise<unknown>; injectIntoOpenTabs(): Promise<unknown>; report(error: unknown): void },
): Promise<void> {
  const steps: Promise<unknown>[] = [];
  if (details.reason === 'install') steps.push(deps.openWelcome());
  if (details.reason === 'install' || details.reason === 'update') steps.push(deps.injectIntoOpenTabs());
  // Each step on its own: a failed injection must not keep the welcome page closed, or the reverse.
  for (const result of await Promise.allSettled(steps)) {
    if (result.status === 'rejected') deps.report(result.reason);
  }
}

/** The welcome page's path inside the extension (entrypoints/welcome/). */
export const WELCOME_PAGE = '/welcome.html';
