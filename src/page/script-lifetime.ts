/**
 * The content script's lifetime: timers, idle callbacks and listeners that stop together when the
 * extension that started this script is gone (reloaded, updated, disabled or removed).
 *
 * It replaces WXT's `ContentScriptContext` (`ctx`) for everything we register, because WXT ends a
 * ctx when a `CustomEvent` named `<extension id>:content:wxt:content-script-started` reaches
 * `document` (node_modules/wxt/dist/utils/content-script-context.mjs, `listenForNewerScripts`).
 * Any page can dispatch that event, and an extension's id is public (a store id, or the one issue
 * 10 read out of our links): a page switched Leaderlens off with one line. Here nothing a page
 * can do ends the lifetime. The script learns it is orphaned from its own extension context:
 * `isConnected()` (in the entrypoint, `browser.runtime?.id !== undefined`, which Chrome clears in
 * an orphaned content script) is asked before every timer, idle callback and event we handle, and
 * a runtime call that fails with "Extension context invalidated" ends it too (`endIfOrphaned`).
 *
 * A newer copy of the script does not tell an older one to stop: the older one stops by itself at
 * its next timer or event, and takes its own host and highlights with it.
 *
 * @example
 * const lifetime = createScriptLifetime({ isConnected: () => browser.runtime?.id !== undefined, win: window });
 * lifetime.listen(window, 'mousemove', onMove, { passive: true });
 * lifetime.onInvalidated(() => host.remove());
 */
export interface ScriptLifetime {
  /** Aborted when the lifetime ends. */
  readonly signal: AbortSignal;
  /** false once the extension is gone (asks `isConnected` and ends the lifetime if it says so). */
  isValid(): boolean;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestIdle(run: () => void, timeoutMs: number): void;
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  /** Runs `cb` once when the lifetime ends (at once if it already has). */
  onInvalidated(cb: () => void): void;
  /** Ends the lifetime if `error` says the extension context is gone; returns whether it did. */
  endIfOrphaned(error: unknown): boolean;
  /** Ends the lifetime. */
  invalidate(): void;
}

type Win = Pick<Window, 'setTimeout' | 'clearTimeout'> & Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

export function createScriptLifetime(options: { isConnected: () => boolean; win: Win }): ScriptLifetime {
  const { isConnected, win } = options;
  const controller = new AbortController();
  const timers = new Set<number>();
  const idles = new Set<number>();

  const invalidate = (): void => {
    if (controller.signal.aborted) return;
    for (const id of timers) win.clearTimeout(id);
    for (const id of idles) win.cancelIdleCallback?.(id);
    timers.clear();
    idles.clear();
    controller.abort();
  };

  const connected = (): boolean => {
    try {
      return isConnected();
    } catch {
      return false; // Reading the runtime of a dead context may throw in some browsers.
    }
  };

  const isValid = (): boolean => {
    if (controller.signal.aborted) return false;
    if (connected()) return true;
    invalidate();
    return false;
  };

  return {
    signal: controller.signal,
    isValid,
    setTimeout(run, ms) {
      const id = win.setTimeout(() => {
        timers.delete(id);
        if (isValid()) run();
      }, ms);
      timers.add(id);
      return id;
    },
    clearTimeout(id) {
      timers.delete(id);
      win.clearTimeout(id);
    },
    requestIdle(run, timeoutMs) {
      if (!win.requestIdleCallback) {
        this.setTimeout(run, 0);
        return;
      }
      const id = win.requestIdleCallback(() => {
        idles.delete(id);
        if (isValid()) run();
      }, { timeout: timeoutMs });
      idles.add(id);
    },
    listen(target, type, handler, listenOptions) {
      if (controller.signal.aborted) return;
      target.addEventListener(type, (event) => {
        if (isValid()) handler(event);
      }, { ...listenOptions, signal: controller.signal });
    },
    onInvalidated(cb) {
      if (controller.signal.aborted) cb();
      else controller.signal.addEventListener('abort', () => cb(), { once: true });
    },
    endIfOrphaned(error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!message.includes('Extension context invalidated') && connected()) return false;
      invalidate();
      return true;
    },
    invalidate,
  };
}
