// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardFor } from '../../src/lookup/card';
import { coverageOf } from '../../src/lookup/coverage';
import { search, type SearchResults } from '../../src/lookup/search';
import { Popup } from '../../src/popup/Popup';
import type { PopupServices, SiteSwitchService } from '../../src/popup/services';
import { realIndex } from './real-index';

const index = realIndex();
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

const answer = (mentions: { leaderId: string; name: string }[], complete = true) => ({
  url: 'https://vnexpress.net/bai-viet',
  published: '2025-12-05T08:00:00+07:00',
  mentions: mentions.map((m) => ({ ...m, text: m.name, short: false })),
  complete,
});

function siteSwitch(initial = true): SiteSwitchService & { saved: [string, boolean][] } {
  let enabled = initial;
  const saved: [string, boolean][] = [];
  return {
    saved,
    isEnabled: async () => enabled,
    setEnabled: async (site, on) => {
      saved.push([site, on]);
      enabled = on;
      return { ok: true };
    },
  };
}

function services(overrides: Partial<PopupServices> = {}): PopupServices {
  return {
    lang: 'en',
    search: async (query) => search(index, query),
    getCard: async (r) => cardFor(index, r.leaderId, r.pageDate, r.pageLeaderIds, { today: '2026-01-01' }),
    ping: async () => ({ formatVersion: 1 }),
    coverage: async () => coverageOf(index, '2026-01-01'),
    targetTab: async () => ({ id: 5, url: 'https://vnexpress.net/bai-viet' }),
    sendToTab: async () =>
      answer([
        { leaderId: 'to-lam', name: 'Tô Lâm' },
        { leaderId: 'vladimir-putin', name: 'Vladimir Putin' },
        { leaderId: 'to-lam', name: 'Tô Lâm' },
      ]),
    siteSwitch: siteSwitch(),
    readerHref: ({ articleId }) => `chrome-extension://test/reader.html?article=${articleId}`,
    leaderHref: ({ id }) => `chrome-extension://test/leader.html?id=${id}`,
    saved: {
      savePage: async () => ({ status: 'saved', id: 'saved-0123456789abcdef', title: 'Bài', meetings: 1, quotes: 2, timings: { engineLoad: 0, engine: 1, match: 0, store: 1 } }),
      findSaved: async () => ({ saved: null, interrupted: null }),
      dismissInterrupted: async () => true,
    },
    ...overrides,
  };
}

let root: HTMLElement | null = null;

async function mount(s: PopupServices): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Popup services={s} />, root!));
  await flush();
  return root;
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function input(container: HTMLElement): HTMLInputElement {
  return container.querySelector<HTMLInputElement>('input[type="search"]')!;
}

async function type(container: HTMLElement, text: string): Promise<void> {
  await act(() => {
    const box = input(container);
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

async function press(target: Element, key: string): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await flush();
}

/**
 * The element matching `selector` once it enters `container`, and what had the focus at that moment
 * (read in the MutationObserver's microtask, which runs before any paint or timer).
 */
function focusWhenShown(container: HTMLElement, selector: string): Promise<{ element: Element; focused: Element | null }> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = container.querySelector(selector);
      if (!element) return;
      observer.disconnect();
      resolve({ element, focused: document.activeElement });
    });
    observer.observe(container, { childList: true, subtree: true });
  });
}

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-result-kind]')].map((el) => [el.getAttribute('data-result-kind'), el.getAttribute('data-id')]);

describe('Popup search', () => {
  it('has one search box, focused, labelled from _locales', async () => {
    const container = await mount(services());
    expect(container.querySelectorAll('input[type="search"]')).toHaveLength(1);
    expect(document.activeElement).toBe(input(container));
    expect(container.querySelector(`label[for="${input(container).id}"]`)?.textContent).toBe('Search leaders, meetings and quotes');
  });

  it('shows results grouped by kind, leaders first', async () => {
    const container = await mount(services());
    await type(container, 'to lam');
    const found = rows(container);
    expect(found[0]).toEqual(['leader', 'to-lam']);
    const kinds = found.map(([kind]) => kind);
    expect(kinds.indexOf('meeting')).toBeGreaterThan(kinds.lastIndexOf('leader'));
    expect([...container.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('data-group'))).toEqual(
      ['leader', 'meeting', 'quote'].filter((k) => kinds.includes(k)),
    );
  });

  it('drops the answer to an older keystroke that arrives after the newer one', async () => {
    const pending: ((r: SearchResults) => void)[] = [];
    const signals: AbortSignal[] = [];
    const container = await mount(
      services({
        search: (query, signal) => {
          signals.push(signal);
          return new Promise((resolve) => pending.push(() => resolve(search(index, query))));
        },
      }),
    );
    await type(container, 'put');
    await type(container, 'to lam');
    expect(signals[0]?.aborted).toBe(true);
    await act(() => pending[1]!({ leaders: [], meetings: [], quotes: [] }));
    await flush();
    await act(() => pending[0]!({ leaders: [], meetings: [], quotes: [] }));
    await flush();
    expect(rows(container)[0]).toEqual(['leader', 'to-lam']);
    expect(container.querySelector('section[data-state]')?.getAttribute('data-state')).toBe('done');
  });

  it('says so when nothing is found, and when the search fails', async () => {
    const container = await mount(services());
    await type(container, 'zzzzqqq');
    expect(container.querySelector('.llp-status')?.textContent).toBe('No leader by that name, and no meeting or quote with these words: “zzzzqqq”.');
    expect(container.querySelector('.llp-status')?.getAttribute('data-empty')).toBe('everything');
    const failing = await mount(services({ search: async () => Promise.reject(new Error('no index')) }));
    await type(failing, 'to lam');
    expect(failing.querySelector('.llp-status')?.textContent).toBe('The search failed: no index');
  });

  it('says "no leader by that name" for a name the index lacks, in either language, never another person', async () => {
    const container = await mount(services());
    await type(container, 'Nguyễn Văn A');
    expect(rows(container)).toEqual([]);
    expect(container.querySelector('.llp-status')?.textContent).toBe('No leader by that name, and no meeting or quote with these words: “Nguyễn Văn A”.');
    const vi = await mount(services({ lang: 'vi' }));
    await type(vi, 'lionel messi');
    expect(vi.querySelector('.llp-status')?.textContent).toBe('Không có lãnh đạo nào tên như vậy, cũng không có cuộc gặp hay phát biểu nào có “lionel messi”.');
  });

  it('says no leader matched above meetings and quotes found by their words alone', async () => {
    const container = await mount(services());
    await type(container, 'hội đàm');
    expect(rows(container).map(([kind]) => kind)).not.toContain('leader');
    expect(rows(container).length).toBeGreaterThan(0);
    expect(container.querySelector('.llp-status')?.getAttribute('data-empty')).toBe('leaders');
    expect(container.querySelector('.llp-note')?.textContent).toBe('No leader matches “hội đàm”. Meetings and quotes with these words:');
    await type(container, 'to lam');
    expect(container.querySelector('.llp-note')).toBeNull();
    expect(container.querySelector('.llp-status')?.hasAttribute('data-empty')).toBe(false);
  });

  it('moves with the arrow keys and opens the active result with Enter; Escape comes back', async () => {
    const container = await mount(services());
    await type(container, 'to lam');
    const box = input(container);
    await press(box, 'ArrowDown');
    await press(box, 'ArrowDown');
    const second = container.querySelectorAll('[data-result-kind]')[1]!;
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    await press(box, 'ArrowUp');
    await press(box, 'Enter');
    await flush();
    const card = container.querySelector('[role="dialog"][data-leader-id="to-lam"]');
    expect(card).not.toBeNull();
    await press(card!, 'Escape');
    expect(input(container).value).toBe('to lam');
    expect(rows(container)[0]).toEqual(['leader', 'to-lam']);
  });

  it('has the focus back in the search box as soon as Escape brings the box back, before any paint', async () => {
    const container = await mount(services());
    await type(container, 'to lam');
    await press(input(container), 'Enter');
    const card = container.querySelector('[role="dialog"][data-leader-id="to-lam"]')!;
    // Outside act(): Preact renders on a microtask and runs plain effects only after the next
    // paint, which a loaded machine delays; a key typed in between must still reach the box.
    const shown = focusWhenShown(container, 'input[type="search"]');
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    const { element, focused } = await shown;
    expect(focused).toBe(element);
    await flush();
  });

  it('focuses a meeting’s heading as soon as the meeting is shown, before any paint', async () => {
    const container = await mount(services());
    await type(container, 'luong cuong putin');
    const shown = focusWhenShown(container, '.llp-detail-panel h2');
    container.querySelector<HTMLElement>('[data-result-kind="meeting"]')!.click();
    const { element, focused } = await shown;
    expect(focused).toBe(element);
    await flush();
  });

  it('opens a meeting with its sources linking to the reader page', async () => {
    const container = await mount(services());
    await type(container, 'luong cuong putin');
    const meeting = container.querySelector<HTMLElement>('[data-result-kind="meeting"]')!;
    await act(() => meeting.click());
    await flush();
    const detail = container.querySelector(`[data-meeting-id="${meeting.getAttribute('data-id')}"]`)!;
    expect(detail).not.toBeNull();
    expect(detail.querySelector('a.llp-source-link')?.getAttribute('href')).toMatch(/^chrome-extension:\/\/test\/reader\.html\?article=/);
  });

  it('empties the box with Escape', async () => {
    const container = await mount(services());
    await type(container, 'to lam');
    await press(input(container), 'Escape');
    expect(input(container).value).toBe('');
    expect(rows(container)).toEqual([]);
  });
});

describe('Popup: on this page', () => {
  it('lists the tab’s leaders with counts, most named first, without result attributes', async () => {
    const container = await mount(services());
    const items = [...container.querySelectorAll('[data-section="on-this-page"] [data-leader-id]')];
    expect(items.map((el) => [el.getAttribute('data-leader-id'), el.getAttribute('data-count')])).toEqual([
      ['to-lam', '2'],
      ['vladimir-putin', '1'],
    ]);
    expect(items.every((el) => !el.hasAttribute('data-result-kind'))).toBe(true);
    expect(items[0]?.textContent).toContain('2 mentions');
    expect(items[1]?.textContent).toContain('1 mention');
  });

  it('opens a leader’s card as of the page’s date, with the page’s leaders', async () => {
    const getCard = vi.fn<PopupServices['getCard']>(async (r) => cardFor(index, r.leaderId, r.pageDate, r.pageLeaderIds));
    const container = await mount(services({ getCard }));
    await act(() => container.querySelector<HTMLButtonElement>('[data-leader-id="vladimir-putin"] button')!.click());
    await flush();
    expect(getCard).toHaveBeenCalledWith({ type: 'get-card', leaderId: 'vladimir-putin', pageDate: '2025-12-05', pageLeaderIds: ['to-lam', 'vladimir-putin'] });
  });

  it('says the tab cannot be read when its content script does not answer', async () => {
    const container = await mount(
      services({
        targetTab: async () => ({ id: 5, url: undefined }),
        sendToTab: async () => Promise.reject(new Error('Receiving end does not exist.')),
      }),
    );
    expect(container.querySelector('.llp-page-status')?.textContent).toMatch(/browser pages and the extension store/);
    expect(container.querySelector('[role="switch"]')).toBeNull();
  });

  it('says Leaderlens is off on the site when the reader switched it off there', async () => {
    const container = await mount(
      services({ siteSwitch: siteSwitch(false), sendToTab: async () => Promise.reject(new Error('Receiving end does not exist.')) }),
    );
    expect(container.querySelector('.llp-page-status')?.textContent).toMatch(/off on this site/);
  });

  it('tells a site that blocks scripts (or needs a reload) from a browser page', async () => {
    const container = await mount(services({ sendToTab: async () => Promise.reject(new Error('Receiving end does not exist.')) }));
    expect(container.querySelector('.llp-page-status')?.textContent).toMatch(/reload it/);
  });
});

describe('Popup: per-site switch', () => {
  it('shows the site’s state and turns it off and on', async () => {
    const sw = siteSwitch(true);
    const container = await mount(services({ siteSwitch: sw }));
    const box = container.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(container.querySelector('.llp-switch')?.getAttribute('data-site')).toBe('vnexpress.net');
    expect(box.checked).toBe(true);
    await act(() => box.click());
    await flush();
    expect(sw.saved).toEqual([['vnexpress.net', false]]);
    expect(container.querySelector('.llp-switch-note')?.textContent).toMatch(/Off on this site/);
  });

  it('goes back to the stored value and says why when saving fails', async () => {
    const sw: SiteSwitchService = { isEnabled: async () => true, setEnabled: async () => ({ ok: false, reason: 'over the sync quota' }) };
    const container = await mount(services({ siteSwitch: sw }));
    const box = container.querySelector<HTMLInputElement>('[role="switch"]')!;
    await act(() => box.click());
    await flush();
    expect(box.checked).toBe(true);
    expect(container.querySelector('.llp-switch-note')?.textContent).toBe('The setting could not be saved: over the sync quota');
  });

  it('takes the site from the page’s answer when the browser hides the tab’s address', async () => {
    const container = await mount(services({ targetTab: async () => ({ id: 5, url: undefined }) }));
    expect(container.querySelector('.llp-switch')?.getAttribute('data-site')).toBe('vnexpress.net');
  });
});

describe('Popup: the index', () => {
  it('asks the background on opening and says when the index is ready', async () => {
    const ping = vi.fn(async () => ({}));
    const container = await mount(services({ ping }));
    expect(ping).toHaveBeenCalledTimes(1);
    expect(container.querySelector('main')?.getAttribute('data-status')).toBe('ready');
  });

  it('says why when the index cannot be loaded', async () => {
    const container = await mount(services({ ping: async () => Promise.reject(new Error('cannot read the packaged leaderlens-index.json (404)')) }));
    expect(container.querySelector('main')?.getAttribute('data-status')).toBe('failed');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Leaderlens could not start: cannot read the packaged leaderlens-index.json (404)');
  });
});

describe('Popup text', () => {
  it('speaks Vietnamese from _locales', async () => {
    const container = await mount(services({ lang: 'vi' }));
    expect(container.querySelector('main')?.getAttribute('lang')).toBe('vi');
    expect(container.querySelector('.llp-label')?.textContent).toBe('Tìm lãnh đạo, cuộc gặp và phát biểu');
    expect(container.querySelector('h2')?.textContent).toBe('Trên trang này');
  });
});

describe('Popup empty state', () => {
  const line = (container: HTMLElement) => container.querySelector('[data-section="coverage"]')?.textContent ?? null;

  it('says in one line what the index covers before anything is typed', async () => {
    const container = await mount(services());
    const c = coverageOf(index, '2026-01-01');
    expect(line(container)).toMatch(new RegExp(`^Covers ${(c.people.registry + c.people.foundInCorpus).toLocaleString('en-GB')} people and ${c.articles.toLocaleString('en-GB')} articles`));
  });

  it('leaves the line while a query is typed, and brings it back when the box is empty', async () => {
    const container = await mount(services());
    await type(container, 'to lam');
    expect(line(container)).toBeNull();
    await type(container, '  ');
    expect(line(container)).not.toBeNull();
  });

  it('shows no line when the coverage cannot be had', async () => {
    const container = await mount(services({ coverage: async () => Promise.reject(new Error('no index')) }));
    expect(line(container)).toBeNull();
  });
});

describe('Popup: save this article', () => {
  it('saves the tab it reports on and says "saved" with the counts in [data-save-status]', async () => {
    const savePage = vi.fn(async () => ({ status: 'saved' as const, id: 'saved-1', title: 'Bài', meetings: 2, quotes: 5, timings: { engineLoad: 0, engine: 1, match: 0, store: 1 } }));
    const container = await mount(services({ saved: { savePage, findSaved: async () => ({ saved: null, interrupted: null }), dismissInterrupted: async () => true } }));
    const button = container.querySelector<HTMLButtonElement>('button[data-action="save-page"]')!;
    expect(container.querySelector('[data-save-status]')).toBeNull();
    await act(() => button.click());
    await flush();
    expect(savePage).toHaveBeenCalledWith(5);
    const status = container.querySelector('[data-save-status]')!;
    expect(status.getAttribute('data-save-status')).toBe('saved');
    expect(status.textContent).toBe('Saved to your articles: 2 meetings and 5 quotes found.');
  });

  it('says "failed" with the reason', async () => {
    const container = await mount(
      services({ saved: { savePage: async () => ({ status: 'failed', code: 'no-article', reason: 'only 40 characters' }), findSaved: async () => ({ saved: null, interrupted: null }), dismissInterrupted: async () => true } }),
    );
    await act(() => container.querySelector<HTMLButtonElement>('button[data-action="save-page"]')!.click());
    await flush();
    const status = container.querySelector('[data-save-status]')!;
    expect(status.getAttribute('data-save-status')).toBe('failed');
    expect(status.textContent).toBe('Not saved. Reader mode found no article on this page: only 40 characters');
  });

  it('offers no save for a tab no extension may read', async () => {
    const container = await mount(services({ targetTab: async () => ({ id: 3, url: 'chrome://settings/' }), sendToTab: () => Promise.reject(new Error('no receiver')) }));
    expect(container.querySelector('button[data-action="save-page"]')).toBeNull();
  });

  it('marks result rows from saved articles with data-origin="saved" and says so', async () => {
    const results: SearchResults = {
      leaders: [],
      meetings: [{ id: 'm-1', date: '2025-04-09', dateInferred: false, kind: 'talks', place: null, participants: [{ id: 'lawrence-wong', name: 'Lawrence Wong' }], score: 2, origin: 'saved' }],
      quotes: [{ id: 'q-1', text: 'hợp tác', kind: 'reported', date: null, speakers: [], articleId: 'a', score: 1 }],
    };
    const container = await mount(services({ search: async () => results }));
    await type(container, 'wong');
    const meeting = container.querySelector('[data-result-kind="meeting"]')!;
    expect(meeting.getAttribute('data-origin')).toBe('saved');
    expect(meeting.textContent).toContain('From your saved articles');
    expect(container.querySelector('[data-result-kind="quote"]')!.hasAttribute('data-origin')).toBe(false);
  });
});
