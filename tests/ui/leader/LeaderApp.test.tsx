// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { itemsFromCsv } from '../../../src/leader/export-csv';
import type { LoadedIndex } from '../../../src/index-data/load-index';
import { recordFor } from '../../../src/lookup/record';
import { LeaderApp, type LeaderAddress } from '../../../src/ui/leader/LeaderApp';
import type { LeaderPageServices, RecordRequest } from '../../../src/ui/leader/services';
import { realIndex } from '../../popup/real-index';

let index: LoadedIndex;

beforeAll(() => {
  index = realIndex();
}, 120_000);

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 20)));

interface Harness {
  root: HTMLElement;
  requests: RecordRequest[];
  downloads: { text: string; fileName: string; type: string }[];
}

let mounted: HTMLElement | null = null;

afterEach(() => {
  if (mounted) render(null, mounted);
  mounted?.remove();
  mounted = null;
  history.replaceState(null, '', '/');
});

async function mount(address: Partial<LeaderAddress>, lang: 'en' | 'vi' = 'en', overrides: Partial<LeaderPageServices> = {}): Promise<Harness> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted = root;
  const requests: RecordRequest[] = [];
  const downloads: Harness['downloads'] = [];
  const services: LeaderPageServices = {
    lang,
    loadRecord: async (request) => {
      requests.push(request);
      return recordFor(index, request.leaderId, {
        filter: request.filter,
        ...(request.quotes ? { quotes: request.quotes } : {}),
        ...(request.meetings ? { meetings: request.meetings } : {}),
      });
    },
    download: (text, fileName, type) => void downloads.push({ text, fileName, type }),
    readerHref: ({ articleId, evidence }) => `reader.html?article=${articleId}&evidence=${encodeURIComponent(evidence)}`,
    pageHref: ({ id, with: other }) => `leader.html?id=${id}${other ? `&with=${other}` : ''}`,
    today: () => '2026-01-15',
    ...overrides,
  };
  await act(() => {
    render(<LeaderApp services={services} address={{ id: null, with: null, date: null, lang: null, ...address }} />, root);
  });
  await ready(root);
  return { root, requests, downloads };
}

/** Lets the stages, the network's layout and any request finish. */
async function ready(root: HTMLElement): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await settle();
    const status = root.querySelector('[data-status]')?.getAttribute('data-status');
    if (status && !['loading', 'drawing', 'updating'].includes(status)) return;
  }
  throw new Error('the leader page never finished drawing');
}

const ids = (root: ParentNode, selector: string, attribute: string): string[] =>
  [...new Set([...root.querySelectorAll(selector)].map((element) => element.getAttribute(attribute)!))].sort();

function exportMeetings(leaderId: string) {
  return Object.values(index.meetings).filter((meeting) => meeting.participants.includes(leaderId));
}

describe('LeaderApp: the DESIGN.md contract', () => {
  it('puts data-leader-id on the root and has the four sections', async () => {
    const { root } = await mount({ id: 'thongloun-sisoulith' });
    const page = root.firstElementChild!;
    expect(page.getAttribute('data-leader-id')).toBe('thongloun-sisoulith');
    expect(page.getAttribute('data-status')).toBe('ready');
    for (const section of ['offices', 'timeline', 'counterparts', 'quotes']) expect(root.querySelectorAll(`[data-section="${section}"]`)).toHaveLength(1);
  });

  it('has one [data-leader-id] per counterpart in the list, with data-count the meetings of the pair', async () => {
    const { root } = await mount({ id: 'thongloun-sisoulith' });
    const buttons = [...root.querySelectorAll('[data-section="counterparts"] button[data-leader-id]')];
    const counts = Object.fromEntries(buttons.map((button) => [button.getAttribute('data-leader-id'), Number(button.getAttribute('data-count'))]));
    const expected: Record<string, number> = {};
    for (const meeting of exportMeetings('thongloun-sisoulith')) {
      for (const id of new Set(meeting.participants)) if (id !== 'thongloun-sisoulith') expected[id] = (expected[id] ?? 0) + 1;
    }
    expect(counts).toEqual(expected);
    // The network's nodes carry the same ids and counts.
    const nodes = [...root.querySelectorAll('[data-section="counterparts"] g[data-leader-id]')];
    expect(Object.fromEntries(nodes.map((node) => [node.getAttribute('data-leader-id'), Number(node.getAttribute('data-count'))]))).toEqual(expected);
  });

  it('shows every meeting of the leader in the timeline, as points and as rows', async () => {
    const { root } = await mount({ id: 'thongloun-sisoulith' });
    const timeline = root.querySelector('[data-section="timeline"]')!;
    expect(ids(timeline, 'tr[data-meeting-id]', 'data-meeting-id')).toEqual(exportMeetings('thongloun-sisoulith').map((m) => m.id).sort());
    const dated = exportMeetings('thongloun-sisoulith').filter((m) => m.date !== null || m.approxDate !== undefined);
    expect(ids(timeline, 'circle[data-meeting-id]', 'data-meeting-id')).toEqual(dated.map((m) => m.id).sort());
  });

  it('shows one [data-quote-id] per quote, a page at a time, and the next page on "Show more"', async () => {
    const { root, requests } = await mount({ id: 'thongloun-sisoulith' });
    const total = recordFor(index, 'thongloun-sisoulith')!.quotePage.total;
    expect(total).toBeGreaterThan(50);
    expect(root.querySelectorAll('[data-section="quotes"] [data-quote-id]')).toHaveLength(50);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="more-quotes"]')!.click());
    await ready(root);
    expect(requests.at(-1)).toMatchObject({ quotes: { offset: 50, limit: 50 }, meetings: { limit: 0 } });
    expect(root.querySelectorAll('[data-section="quotes"] [data-quote-id]')).toHaveLength(Math.min(100, total));
  });
});

describe('LeaderApp: the pair', () => {
  it('narrows the timeline and the quotes to the pair when a counterpart is chosen, and keeps it in the address', async () => {
    const { root } = await mount({ id: 'thongloun-sisoulith' });
    await act(() => root.querySelector<HTMLButtonElement>('[data-section="counterparts"] button[data-leader-id="luong-cuong"]')!.click());
    await ready(root);
    const pair = exportMeetings('thongloun-sisoulith').filter((m) => m.participants.includes('luong-cuong'));
    expect(ids(root.querySelector('[data-section="timeline"]')!, '[data-meeting-id]', 'data-meeting-id')).toEqual(pair.map((m) => m.id).sort());
    const quotes = ids(root, '[data-section="quotes"] [data-quote-id]', 'data-quote-id');
    expect(quotes).toEqual(recordFor(index, 'thongloun-sisoulith', { filter: { with: 'luong-cuong' }, quotes: { limit: 100 } })!.quotes.map((q) => q.id).sort());
    expect(root.querySelector('button[data-leader-id="luong-cuong"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(location.search).toBe('?id=thongloun-sisoulith&with=luong-cuong');
    expect(root.querySelector('[data-pair]')?.textContent).toContain('Thongloun Sisoulith and Lương Cường');
  });

  it('opens the pair view from the address, and goes back to the whole record', async () => {
    const { root } = await mount({ id: 'to-lam', with: 'thongloun-sisoulith' });
    expect(root.querySelector('#lp-pair-title')?.textContent).toBe('Tô Lâm and Thongloun Sisoulith');
    // Each one's quotes, under their own name.
    const groups = [...root.querySelectorAll('[data-section="quotes"] .lp-quote-group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['Tô Lâm said', 'Thongloun Sisoulith said']);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="pair-back"]')!.click());
    await ready(root);
    expect(root.querySelector('[data-pair]')).toBeNull();
    expect(ids(root.querySelector('[data-section="timeline"]')!, 'tr[data-meeting-id]', 'data-meeting-id')).toEqual(exportMeetings('to-lam').map((m) => m.id).sort());
  });
});

describe('LeaderApp: filters', () => {
  it('narrows the quotes to words typed without diacritics', async () => {
    const { root } = await mount({ id: 'thongloun-sisoulith' });
    const box = root.querySelector<HTMLInputElement>('input[data-filter="words"]')!;
    await act(() => {
      box.value = 'hop tac';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 300)));
    await ready(root);
    const quotes = [...root.querySelectorAll('[data-section="quotes"] [data-quote-id] .lp-quote-text')].map((q) => q.textContent!);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((text) => /hợp tác/i.test(text))).toBe(true);
  });

  it('narrows by year, and clears every filter', async () => {
    const { root } = await mount({ id: 'thongloun-sisoulith' });
    const year = root.querySelector<HTMLSelectElement>('select[data-filter="year"]')!;
    await act(() => {
      year.value = '2024';
      year.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await ready(root);
    const dates = [...root.querySelectorAll('[data-section="timeline"] tr[data-meeting-id] time')].map((time) => time.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date.startsWith('2024'))).toBe(true);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="clear-filters"]')!.click());
    await ready(root);
    expect(root.querySelectorAll('[data-section="timeline"] tr[data-meeting-id]')).toHaveLength(exportMeetings('thongloun-sisoulith').length);
  });
});

describe('LeaderApp: export', () => {
  it('downloads the meetings and every quote in view as CSV that parses back to the same items', async () => {
    const { root, downloads } = await mount({ id: 'thongloun-sisoulith' });
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="export-csv"]')!.click());
    await settle();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe('leaderlens-thongloun-sisoulith-2026-01-15.csv');
    expect(downloads[0]!.type).toBe('text/csv;charset=utf-8');
    const items = itemsFromCsv(downloads[0]!.text);
    expect(items.meetings.map((m) => m.id).sort()).toEqual(exportMeetings('thongloun-sisoulith').map((m) => m.id).sort());
    expect(items.quotes).toHaveLength(recordFor(index, 'thongloun-sisoulith')!.quotePage.total);
    expect(root.querySelector('[data-export-status]')?.getAttribute('data-export-status')).toBe('done');
  });

  it('downloads JSON with the corpus export\'s fields', async () => {
    const { root, downloads } = await mount({ id: 'to-lam', with: 'thongloun-sisoulith' });
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="export-json"]')!.click());
    await settle();
    const file = JSON.parse(downloads[0]!.text) as Record<string, unknown[]>;
    expect(Object.keys(file).sort()).toEqual(['articles', 'leaders', 'meetings', 'quotes', 'skipped', 'unknown']);
    expect(downloads[0]!.fileName).toBe('leaderlens-to-lam-with-thongloun-sisoulith-2026-01-15.json');
    expect(file.meetings!.length).toBe(exportMeetings('to-lam').filter((m) => m.participants.includes('thongloun-sisoulith')).length);
  });
});

describe('LeaderApp: what goes wrong', () => {
  it('says so for an unknown leader and for an address without one', async () => {
    const unknown = await mount({ id: 'nobody' });
    expect(unknown.root.querySelector('[role="alert"]')?.textContent).toBe('The corpus has no leader with the id “nobody”.');
    render(null, unknown.root);
    const none = await mount({ id: null });
    expect(none.root.querySelector('[role="alert"]')?.textContent).toBe('No leader was asked for: the address has no id.');
  });

  it('says that the record could not be loaded', async () => {
    const { root } = await mount({ id: 'to-lam' }, 'en', { loadRecord: async () => Promise.reject(new Error('worker gone')) });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The record could not be loaded: worker gone');
  });
});

describe('LeaderApp: languages and links', () => {
  it('speaks Vietnamese', async () => {
    const { root } = await mount({ id: 'to-lam' }, 'vi');
    expect(root.querySelector('#lp-offices-title')?.textContent).toBe('Các chức vụ đã giữ');
    expect(root.querySelector('#lp-counterparts-title')?.textContent).toBe('Những người đã gặp');
  });

  it('links each source to the reader at its evidence, and each participant to their own record', async () => {
    const { root } = await mount({ id: 'to-lam' });
    const source = root.querySelector<HTMLAnchorElement>('[data-section="timeline"] a.llp-source-link')!;
    expect(source.getAttribute('href')).toMatch(/^reader\.html\?article=.+&evidence=.+/);
    expect(source.getAttribute('target')).toBe('_blank');
    const person = root.querySelector<HTMLAnchorElement>('[data-section="timeline"] .lp-people a')!;
    expect(person.getAttribute('href')).toBe('leader.html?id=thongloun-sisoulith');
  });

  it('marks the page\'s date on the timeline when opened from a card', async () => {
    const { root } = await mount({ id: 'to-lam', date: '2025-12-20' });
    expect(root.querySelector('.lp-page-mark')).not.toBeNull();
    expect(root.textContent).toContain('Opened from a page dated 20 Dec 2025');
  });
});
