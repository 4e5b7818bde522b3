import { describe, expect, it, vi } from 'vitest';
import { contentScriptFiles, injectIntoOpenTabs } from '../../src/first-run/inject-open-tabs';

const FILES = ['content-scripts/content.js'];

function fakes(tabs: { id?: number; url?: string; discarded?: boolean }[], refuse: number[] = []) {
  const executeScript = vi.fn(async (injection: { target: { tabId: number; allFrames: boolean }; files: string[] }) => {
    if (refuse.includes(injection.target.tabId)) throw new Error('Cannot access contents of the page');
    return [];
  });
  return { tabs: { query: vi.fn(async () => tabs) }, scripting: { executeScript } };
}

describe('injectIntoOpenTabs', () => {
  it('injects the files into every frame of each http(s) tab', async () => {
    const { tabs, scripting } = fakes([{ id: 1, url: 'https://vnexpress.net/a' }, { id: 2, url: 'http://127.0.0.1:8080/' }]);
    expect(await injectIntoOpenTabs(tabs, scripting, FILES)).toEqual({ injected: [1, 2], failed: [] });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 1, allFrames: true }, files: FILES });
  });

  it.each(['chrome://extensions/', 'chrome-extension://abc/popup.html', 'about:blank', 'file:///tmp/a.html', 'view-source:https://a.vn/'])('skips %s', async (url) => {
    const { tabs, scripting } = fakes([{ id: 1, url }]);
    expect(await injectIntoOpenTabs(tabs, scripting, FILES)).toEqual({ injected: [], failed: [] });
    expect(scripting.executeScript).not.toHaveBeenCalled();
  });

  it('skips discarded tabs (the browser would refuse them) and tabs without an id', async () => {
    const { tabs, scripting } = fakes([{ id: 1, url: 'https://a.vn/', discarded: true }, { url: 'https://b.vn/' }]);
    expect(await injectIntoOpenTabs(tabs, scripting, FILES)).toEqual({ injected: [], failed: [] });
  });

  it('tries a tab whose address the browser hides', async () => {
    const { tabs, scripting } = fakes([{ id: 7 }]);
    expect(await injectIntoOpenTabs(tabs, scripting, FILES)).toEqual({ injected: [7], failed: [] });
  });

  it('goes on past a tab that refuses', async () => {
    const { tabs, scripting } = fakes([{ id: 1 }, { id: 2 }, { id: 3 }], [2]);
    expect(await injectIntoOpenTabs(tabs, scripting, FILES)).toEqual({ injected: [1, 3], failed: [2] });
  });

  it('does nothing without files to inject', async () => {
    const { tabs, scripting } = fakes([{ id: 1 }]);
    expect(await injectIntoOpenTabs(tabs, scripting, [])).toEqual({ injected: [], failed: [] });
    expect(tabs.query).not.toHaveBeenCalled();
  });
});

describe('contentScriptFiles', () => {
  it('lists the js files of every content script in the manifest', () => {
    expect(contentScriptFiles({ content_scripts: [{ js: ['a.js'] }, { js: ['b.js', 'c.js'] }, {}] })).toEqual(['a.js', 'b.js', 'c.js']);
  });

  it('is empty for a manifest without content scripts', () => {
    expect(contentScriptFiles({})).toEqual([]);
  });
});
